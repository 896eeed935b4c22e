-- The operation-and-maintenance module's own schema (equipment, vendors, tickets, knowledge base).
CREATE SCHEMA IF NOT EXISTS maintenance;

-- The Integration module's own schema.
CREATE SCHEMA IF NOT EXISTS integration;

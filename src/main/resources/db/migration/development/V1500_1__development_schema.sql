-- The Teacher development module's own schema.
CREATE SCHEMA IF NOT EXISTS development;

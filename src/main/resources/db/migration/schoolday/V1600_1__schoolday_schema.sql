-- The School day module's own schema.
CREATE SCHEMA IF NOT EXISTS schoolday;

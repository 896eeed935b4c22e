-- The Home and school module's own schema.
CREATE SCHEMA IF NOT EXISTS homeschool;

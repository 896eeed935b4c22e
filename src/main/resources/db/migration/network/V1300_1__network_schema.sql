-- The school-networks module's own schema (connectivity, probes, measurements, incidents).
CREATE SCHEMA IF NOT EXISTS network;

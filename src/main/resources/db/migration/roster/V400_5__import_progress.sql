-- Imports run in the background: a run is RUNNING (with the rows read so far) until it is APPLIED or REJECTED,
-- or FAILED when the node running it stopped or something unexpected went wrong.
ALTER TABLE roster.import_run DROP CONSTRAINT import_run_outcome_check;
ALTER TABLE roster.import_run ADD CONSTRAINT import_run_outcome_check
    CHECK (outcome IN ('RUNNING', 'APPLIED', 'REJECTED', 'FAILED'));

-- A background import run is kept alive by the node that runs it (see BackgroundImports): which instance started
-- it, and when that instance last said it was still working on it. A run whose heartbeat stopped is marked FAILED.
ALTER TABLE roster.import_run ADD COLUMN run_on VARCHAR(160);
ALTER TABLE roster.import_run ADD COLUMN heartbeat_at TIMESTAMPTZ;
UPDATE roster.import_run SET heartbeat_at = run_at WHERE outcome = 'RUNNING';
CREATE INDEX import_run_running ON roster.import_run (heartbeat_at) WHERE outcome = 'RUNNING';

-- The start-up backfill looks for statements whose filter columns are not filled yet; this index keeps that
-- look a lookup (it is empty once the backfill is done) instead of a scan of every statement at every start.
CREATE INDEX statement_unfilled ON records.statement (stored) WHERE related_agents IS NULL;

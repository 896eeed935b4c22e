-- Filters follow StatementRefs only into statements the reading client may read; that condition lives with the
-- query (StatementStore), which walks the chain itself. This function followed references into any statement,
-- whoever stored it, and is no longer used.
DROP FUNCTION records.statement_chain(UUID);

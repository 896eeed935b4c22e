-- Columns for the remaining statement filters: the agent filter matches the object as well as the actor;
-- related_agents and related_activities match anywhere in a statement (arrays with GIN indexes); and filters
-- also return statements that target a matching statement through a StatementRef, so the target is a column.
ALTER TABLE records.statement
    ADD COLUMN object_agent_key   TEXT,
    ADD COLUMN ref_target         UUID,
    ADD COLUMN related_agents     TEXT[],
    ADD COLUMN related_activities TEXT[];

UPDATE records.statement SET ref_target = (body -> 'object' ->> 'id')::uuid
WHERE body -> 'object' ->> 'objectType' = 'StatementRef';
-- object_agent_key and the related arrays of rows stored before this migration are filled in by the records
-- module at start-up (rows with related_agents IS NULL), since the agent keys are computed in Java.

CREATE INDEX statement_object_agent ON records.statement (object_agent_key, stored) WHERE object_agent_key IS NOT NULL;
CREATE INDEX statement_referring ON records.statement (stored) WHERE ref_target IS NOT NULL;
CREATE INDEX statement_related_agents ON records.statement USING GIN (related_agents);
CREATE INDEX statement_related_activities ON records.statement USING GIN (related_activities);

-- A statement and the statements it targets through StatementRefs, nearest first. The depth bound keeps a
-- (forbidden but possible) cycle of references from running away.
CREATE FUNCTION records.statement_chain(start UUID)
    RETURNS TABLE (id UUID, verb_id TEXT, actor_key TEXT, object_agent_key TEXT, activity_id TEXT,
                   registration UUID, related_agents TEXT[], related_activities TEXT[])
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE chain AS (
        SELECT s.id, s.verb_id, s.actor_key, s.object_agent_key, s.activity_id, s.registration,
               s.related_agents, s.related_activities, s.ref_target, 1 AS depth
        FROM records.statement s WHERE s.id = start
        UNION ALL
        SELECT s.id, s.verb_id, s.actor_key, s.object_agent_key, s.activity_id, s.registration,
               s.related_agents, s.related_activities, s.ref_target, c.depth + 1
        FROM records.statement s JOIN chain c ON s.id = c.ref_target
        WHERE c.depth < 16
    )
    SELECT chain.id, chain.verb_id, chain.actor_key, chain.object_agent_key, chain.activity_id, chain.registration,
           chain.related_agents, chain.related_activities
    FROM chain
$$;

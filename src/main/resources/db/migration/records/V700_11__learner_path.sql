-- The school of the EduCloud learner a statement is about (its actor), so that the learner's own district reads
-- statements about its learners whoever wrote them (ADR 10, issue 23). Null when the actor is not an EduCloud
-- learner. Statements the platform wrote before need none: their writer's node is already the learner's school.
ALTER TABLE records.statement ADD COLUMN learner_path VARCHAR(255);

CREATE INDEX statement_learner_path ON records.statement (learner_path varchar_pattern_ops, stored)
    WHERE learner_path IS NOT NULL;

-- A programme's organiser closes it: nobody joins any more; participants finish (attendance, courses) as before.
-- Edits and closing are written to identity's audit log (AuditableActionOccurred), not here.
ALTER TABLE development.programme ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE development.programme ADD COLUMN closed_by BIGINT;

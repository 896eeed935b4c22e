-- A hand-in of a programme task may carry one evidence file (PDF, JPEG or PNG as the bytes say, at most 5 MB), kept in
-- the platform's file store under its SHA-256 like a credit claim's evidence; the row names it. Handing in again
-- without a file keeps the file handed in before; with one, replaces it. All four columns or none.
ALTER TABLE development.task_submission
    ADD COLUMN evidence_name   VARCHAR(200),
    ADD COLUMN evidence_type   VARCHAR(60),
    ADD COLUMN evidence_sha256 VARCHAR(64),
    ADD COLUMN evidence_size   BIGINT,
    ADD CONSTRAINT task_submission_evidence_whole CHECK (
        (evidence_sha256 IS NULL) = (evidence_name IS NULL)
        AND (evidence_sha256 IS NULL) = (evidence_type IS NULL)
        AND (evidence_sha256 IS NULL) = (evidence_size IS NULL));

-- Which statement carried which attachment content. A content is still stored once per SHA-256, but it is served
-- only through a statement that carried it, with the content type that statement declared: declaring another
-- statement's hash (with a fileUrl, so no part is needed) no longer fetches its bytes.
CREATE TABLE records.statement_attachment (
    statement_id  UUID        NOT NULL,
    sha2          VARCHAR(64) NOT NULL,
    content_type  TEXT        NOT NULL,
    PRIMARY KEY (statement_id, sha2)
);

-- A declared content type has no length limit in xAPI; a long one must not fail the insert.
ALTER TABLE records.attachment ALTER COLUMN content_type TYPE TEXT;

-- Statements stored before: an attachment declared without a fileUrl was necessarily carried as a part; one with a
-- fileUrl was carried when its content was stored in the same transaction (at the same stored time).
INSERT INTO records.statement_attachment (statement_id, sha2, content_type)
SELECT s.id, a.sha2, d.e ->> 'contentType'
FROM records.statement s
CROSS JOIN LATERAL (
    SELECT e FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.body -> 'attachments') = 'array'
                                            THEN s.body -> 'attachments' ELSE '[]'::jsonb END) e
    UNION ALL
    SELECT e FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.body -> 'object' -> 'attachments') = 'array'
                                            THEN s.body -> 'object' -> 'attachments' ELSE '[]'::jsonb END) e) d
JOIN records.attachment a ON a.sha2 = lower(d.e ->> 'sha2')
WHERE NOT (d.e ? 'fileUrl') OR a.stored = s.stored
ON CONFLICT DO NOTHING;

-- Attachment contents sent with statements (multipart/mixed), stored once per SHA-256 however many statements
-- declare them. Readers reach a content only through a statement they may read that declares it.
CREATE TABLE records.attachment (
    sha2          VARCHAR(64)  PRIMARY KEY,
    content_type  VARCHAR(255) NOT NULL,
    length        BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    stored        TIMESTAMPTZ  NOT NULL
);

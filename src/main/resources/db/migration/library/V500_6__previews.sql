-- A small PNG for each stored image and the first page of each stored PDF, kept as content of its own.
CREATE TABLE library.preview (
    sha256          CHAR(64)    PRIMARY KEY REFERENCES library.blob (sha256),
    preview_sha256  CHAR(64)    NOT NULL REFERENCES library.blob (sha256),
    created_at      TIMESTAMPTZ NOT NULL
);

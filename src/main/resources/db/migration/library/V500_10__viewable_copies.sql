-- A copy a browser can show of stored content it cannot show itself: an iPhone's HEIC photo as a JPEG (issue 26),
-- made when the photo is uploaded and kept as content of its own.
CREATE TABLE library.viewable_copy (
    sha256       CHAR(64)    PRIMARY KEY REFERENCES library.blob (sha256),
    copy_sha256  CHAR(64)    NOT NULL REFERENCES library.blob (sha256),
    created_at   TIMESTAMPTZ NOT NULL
);

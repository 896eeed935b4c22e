-- Images that imported items show: the bytes live in the library's content store (library.blob, by SHA-256, kept
-- once); this row says whose they are. Served only to people of the owner's school (or its subtree) and to the
-- administrators above it.
CREATE TABLE assessment.item_media (
    id           bigserial   PRIMARY KEY,
    owner_path   text        NOT NULL,
    sha256       text        NOT NULL,
    content_type text        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif')),
    size         bigint      NOT NULL CHECK (size > 0),
    file_name    text        NOT NULL,
    created_by   bigint      NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX item_media_owner ON assessment.item_media (owner_path text_pattern_ops);

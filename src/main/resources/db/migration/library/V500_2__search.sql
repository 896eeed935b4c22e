-- Full-text search of resources (Hibernate Search with Lucene on local disk). Index writes follow the database
-- through an outbox written in the same transaction as each change: after a crash, whatever the index missed is
-- still queued. The generation identifies this database to the index on disk; an index built from another
-- database (or none) is rebuilt at start-up.
ALTER TABLE library.resource
    ADD COLUMN edition      VARCHAR(100),
    ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';

CREATE TABLE library.search_outbox (
    resource_id BIGINT      PRIMARY KEY,
    queued_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE library.search_index_state (
    id         INT  PRIMARY KEY CHECK (id = 1),
    generation UUID NOT NULL
);
INSERT INTO library.search_index_state (id, generation) VALUES (1, gen_random_uuid());

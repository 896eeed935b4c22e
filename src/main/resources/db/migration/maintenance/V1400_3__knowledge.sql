-- The knowledge base of fixes: articles filed at a bureau (district or region), read by its schools and vendors.
CREATE TABLE maintenance.knowledge_article (
    id             bigserial PRIMARY KEY,
    owner_id       bigint      NOT NULL,
    owner_path     text        NOT NULL,
    kind           text        NOT NULL,
    title          text        NOT NULL,
    symptom        text        NOT NULL,
    fix_html       text        NOT NULL,
    tags           text        NOT NULL DEFAULT '',
    author_account bigint      NOT NULL,
    author_name    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CONSTRAINT knowledge_kind_known CHECK (kind IN ('NETWORK', 'DEVICE', 'PLATFORM'))
);
CREATE INDEX knowledge_article_by_path ON maintenance.knowledge_article (owner_path text_pattern_ops);

-- Bumped by every change of an article: a node whose local index was built at another revision rebuilds it.
CREATE TABLE maintenance.knowledge_revision (
    id       integer PRIMARY KEY CHECK (id = 1),
    revision bigint  NOT NULL
);
INSERT INTO maintenance.knowledge_revision (id, revision) VALUES (1, 1);

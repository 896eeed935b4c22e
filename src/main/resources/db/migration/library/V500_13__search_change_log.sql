-- Every node's search index follows every change (ADR 32). The outbox (V500_2) stays what a changing transaction
-- writes; one node at a time moves its committed rows into this log, which numbers them in commit order. Each node
-- indexes the log past its own cursor; entries all live nodes have passed are pruned. A node without a row here
-- (new, or absent longer than the log is kept for it) rebuilds its index from the database.
CREATE TABLE library.search_change (
    seq         BIGSERIAL   PRIMARY KEY,
    resource_id BIGINT      NOT NULL,
    logged_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE library.search_node (
    node_id         VARCHAR(100) PRIMARY KEY,
    -- the last change of the log this node's index holds
    applied_through BIGINT       NOT NULL,
    seen_at         TIMESTAMPTZ  NOT NULL,
    rebuilt_at      TIMESTAMPTZ  NOT NULL
);

-- Ratings (one per person and resource, 1–5), favourites, and comments that wait for the author or an admin of the
-- owning school before others see them. The resource keeps the rating's sum and count for sorting and display.
ALTER TABLE library.resource
    ADD COLUMN rating_sum   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN rating_count BIGINT NOT NULL DEFAULT 0;

CREATE TABLE library.rating (
    resource_id  BIGINT      NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    user_id      BIGINT      NOT NULL,
    stars        SMALLINT    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (resource_id, user_id)
);

CREATE TABLE library.favourite (
    user_id      BIGINT      NOT NULL,
    resource_id  BIGINT      NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, resource_id)
);

CREATE TABLE library.comment (
    id            BIGSERIAL     PRIMARY KEY,
    resource_id   BIGINT        NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    author_id     BIGINT        NOT NULL,
    author_name   VARCHAR(100)  NOT NULL,
    body          TEXT          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    moderated_by  BIGINT,
    moderated_at  TIMESTAMPTZ
);
CREATE INDEX comment_resource ON library.comment (resource_id, created_at);

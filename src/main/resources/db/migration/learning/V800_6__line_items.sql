-- Grade columns that come from outside the learning space (a quiz, later an LTI tool's line item): one per source
-- and class, with the score each student has there. The source owns the truth; the gradebook shows it beside the
-- assignments. A score carries the time it was given, so a late-arriving older score never replaces a newer one.
CREATE TABLE learning.line_item (
    id          BIGSERIAL     PRIMARY KEY,
    source      VARCHAR(16)   NOT NULL,
    source_id   VARCHAR(120)  NOT NULL,
    class_id    BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    max_score   NUMERIC(8, 2) NOT NULL CHECK (max_score >= 0),
    due_at      TIMESTAMPTZ,
    link        VARCHAR(300),
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    UNIQUE (source, source_id, class_id)
);
CREATE INDEX line_item_class ON learning.line_item (class_id, due_at);
CREATE INDEX line_item_due ON learning.line_item (due_at);

CREATE TABLE learning.line_item_score (
    line_item_id  BIGINT        NOT NULL REFERENCES learning.line_item (id) ON DELETE CASCADE,
    student_id    BIGINT        NOT NULL,
    score         NUMERIC(8, 2) NOT NULL,
    complete      BOOLEAN       NOT NULL,
    scored_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (line_item_id, student_id)
);

-- The item bank: an item is owned by an org node (the author's school, or a bureau), shared and reviewed as
-- library resources are; its content lives in immutable versions so an attempt shows the version it was taken on.
CREATE TABLE assessment.item (
    id              bigserial PRIMARY KEY,
    owner_id        bigint      NOT NULL,
    owner_path      text        NOT NULL,
    author_account  bigint      NOT NULL,
    author_name     text        NOT NULL,
    type            text        NOT NULL,
    stage           text        NOT NULL,
    subject         text        NOT NULL,
    grade           integer     CHECK (grade BETWEEN 1 AND 12),
    difficulty      integer     NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    source          text        NOT NULL DEFAULT '',
    sharing         text        NOT NULL,
    share_path      text        NOT NULL,
    review_path     text        NOT NULL,
    status          text        NOT NULL,
    current_version integer     NOT NULL DEFAULT 1,
    stem_text       text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX item_owner_path ON assessment.item (owner_path text_pattern_ops);
CREATE INDEX item_share_path ON assessment.item (share_path text_pattern_ops) WHERE status = 'PUBLISHED';
CREATE INDEX item_author ON assessment.item (author_account);

CREATE TABLE assessment.item_version (
    item_id     bigint      NOT NULL REFERENCES assessment.item (id),
    version     integer     NOT NULL,
    content     jsonb       NOT NULL,
    created_by  bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (item_id, version)
);

CREATE TABLE assessment.item_knowledge_point (
    item_id            bigint NOT NULL REFERENCES assessment.item (id),
    knowledge_point_id bigint NOT NULL,
    PRIMARY KEY (item_id, knowledge_point_id)
);
CREATE INDEX item_knowledge_point_kp ON assessment.item_knowledge_point (knowledge_point_id);

CREATE TABLE assessment.item_review (
    id            bigserial PRIMARY KEY,
    item_id       bigint      NOT NULL REFERENCES assessment.item (id),
    from_status   text        NOT NULL,
    to_status     text        NOT NULL,
    actor_account bigint      NOT NULL,
    actor_name    text        NOT NULL,
    note          text        NOT NULL DEFAULT '',
    at            timestamptz NOT NULL
);
CREATE INDEX item_review_item ON assessment.item_review (item_id);

-- A quiz is a teacher's, at their school; its items pin the version they were added in.
CREATE TABLE assessment.quiz (
    id                 bigserial PRIMARY KEY,
    school_id          bigint      NOT NULL,
    school_path        text        NOT NULL,
    teacher_account    bigint      NOT NULL,
    teacher_name       text        NOT NULL,
    title              text        NOT NULL,
    instructions       text        NOT NULL DEFAULT '',
    time_limit_minutes integer     CHECK (time_limit_minutes BETWEEN 1 AND 600),
    attempts_allowed   integer     NOT NULL DEFAULT 1 CHECK (attempts_allowed BETWEEN 1 AND 10),
    shuffle_items      boolean     NOT NULL DEFAULT false,
    shuffle_options    boolean     NOT NULL DEFAULT false,
    answers_visible    text        NOT NULL,
    status             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    published_at       timestamptz
);
CREATE INDEX quiz_school_path ON assessment.quiz (school_path text_pattern_ops);
CREATE INDEX quiz_teacher ON assessment.quiz (teacher_account);

CREATE TABLE assessment.quiz_item (
    quiz_id      bigint        NOT NULL REFERENCES assessment.quiz (id),
    position     integer       NOT NULL,
    item_id      bigint        NOT NULL,
    item_version integer       NOT NULL,
    points       numeric(6, 2) NOT NULL CHECK (points > 0),
    PRIMARY KEY (quiz_id, position),
    FOREIGN KEY (item_id, item_version) REFERENCES assessment.item_version (item_id, version)
);

CREATE TABLE assessment.quiz_class (
    quiz_id    bigint      NOT NULL REFERENCES assessment.quiz (id),
    class_id   bigint      NOT NULL,
    class_name text        NOT NULL,
    opens_at   timestamptz NOT NULL,
    closes_at  timestamptz NOT NULL CHECK (closes_at > opens_at),
    PRIMARY KEY (quiz_id, class_id)
);
CREATE INDEX quiz_class_class ON assessment.quiz_class (class_id);

-- An attempt is one sitting of one student; its deadline is fixed when it starts (time limit, or the window's end).
CREATE TABLE assessment.attempt (
    id           bigserial PRIMARY KEY,
    quiz_id      bigint        NOT NULL REFERENCES assessment.quiz (id),
    class_id     bigint        NOT NULL,
    student_id   bigint        NOT NULL,
    school_path  text          NOT NULL,
    number       integer       NOT NULL,
    started_at   timestamptz   NOT NULL,
    deadline_at  timestamptz   NOT NULL,
    submitted_at timestamptz,
    status       text          NOT NULL,
    score        numeric(8, 2),
    max_score    numeric(8, 2) NOT NULL,
    item_order   integer[]     NOT NULL,
    seed         bigint        NOT NULL,
    UNIQUE (quiz_id, student_id, number)
);
CREATE INDEX attempt_open ON assessment.attempt (deadline_at) WHERE status = 'IN_PROGRESS';
CREATE INDEX attempt_student ON assessment.attempt (student_id);

-- One row per item of an attempt once answered; revision makes autosave idempotent (an older save never wins).
CREATE TABLE assessment.answer (
    attempt_id     bigint        NOT NULL REFERENCES assessment.attempt (id),
    position       integer       NOT NULL,
    response       jsonb         NOT NULL,
    revision       bigint        NOT NULL,
    saved_at       timestamptz   NOT NULL,
    credit         numeric(5, 4),
    points         numeric(6, 2),
    awaits_teacher boolean       NOT NULL DEFAULT false,
    graded_by      bigint,
    graded_at      timestamptz,
    comment        text          NOT NULL DEFAULT '',
    PRIMARY KEY (attempt_id, position)
);
CREATE INDEX answer_awaiting ON assessment.answer (attempt_id) WHERE awaits_teacher;

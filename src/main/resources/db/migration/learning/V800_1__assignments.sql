-- The learning space's assignments: set by a teacher for one class, answered by its students in attempts, graded
-- and returned. Every row carries the class's school path, so every query can be limited to the caller's reach.

CREATE TABLE learning.assignment (
    id                 BIGSERIAL     PRIMARY KEY,
    school_id          BIGINT        NOT NULL,
    school_path        VARCHAR(255)  NOT NULL,
    class_id           BIGINT        NOT NULL,
    class_name         VARCHAR(60)   NOT NULL,
    teacher_account    BIGINT        NOT NULL,
    teacher_name       VARCHAR(60)   NOT NULL,
    title              VARCHAR(120)  NOT NULL,
    instructions       TEXT          NOT NULL,
    opens_at           TIMESTAMPTZ   NOT NULL,
    due_at             TIMESTAMPTZ   NOT NULL,
    max_score          NUMERIC(6, 1) NOT NULL CHECK (max_score > 0),
    late_policy        VARCHAR(16)   NOT NULL,
    text_allowed       BOOLEAN       NOT NULL,
    files_allowed      BOOLEAN       NOT NULL,
    file_types         TEXT[]        NOT NULL,
    max_file_mb        INT           NOT NULL,
    resubmission       BOOLEAN       NOT NULL,
    rubric             JSONB,
    status             VARCHAR(12)   NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    published_at       TIMESTAMPTZ,
    due_soon_sent_at   TIMESTAMPTZ,
    CHECK (due_at > opens_at),
    CHECK (text_allowed OR files_allowed)
);
CREATE INDEX assignment_class ON learning.assignment (class_id, due_at);
CREATE INDEX assignment_teacher ON learning.assignment (teacher_account, due_at);
CREATE INDEX assignment_due_soon ON learning.assignment (due_at) WHERE status = 'PUBLISHED' AND due_soon_sent_at IS NULL;

CREATE TABLE learning.assignment_file (
    id             BIGSERIAL    PRIMARY KEY,
    assignment_id  BIGINT       NOT NULL REFERENCES learning.assignment (id) ON DELETE CASCADE,
    name           VARCHAR(255) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size           BIGINT       NOT NULL,
    media_type     VARCHAR(127) NOT NULL
);
CREATE INDEX assignment_file_assignment ON learning.assignment_file (assignment_id);

-- One row per attempt; the token makes a double-clicked submit one attempt.
CREATE TABLE learning.submission (
    id               BIGSERIAL    PRIMARY KEY,
    assignment_id    BIGINT       NOT NULL REFERENCES learning.assignment (id),
    student_id       BIGINT       NOT NULL,
    student_name     VARCHAR(60)  NOT NULL,
    student_account  BIGINT       NOT NULL,
    school_path      VARCHAR(255) NOT NULL,
    attempt          INT          NOT NULL,
    answer           TEXT,
    submitted_at     TIMESTAMPTZ  NOT NULL,
    late             BOOLEAN      NOT NULL,
    token            UUID         NOT NULL UNIQUE,
    UNIQUE (assignment_id, student_id, attempt)
);

CREATE TABLE learning.submission_file (
    id             BIGSERIAL    PRIMARY KEY,
    submission_id  BIGINT       NOT NULL REFERENCES learning.submission (id),
    name           VARCHAR(255) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size           BIGINT       NOT NULL,
    media_type     VARCHAR(127) NOT NULL
);
CREATE INDEX submission_file_submission ON learning.submission_file (submission_id);

-- The grade of a student's latest graded attempt; students and parents see it once released.
CREATE TABLE learning.grade (
    assignment_id       BIGINT        NOT NULL REFERENCES learning.assignment (id),
    student_id          BIGINT        NOT NULL,
    submission_id       BIGINT        NOT NULL REFERENCES learning.submission (id),
    score               NUMERIC(6, 1) NOT NULL CHECK (score >= 0),
    rubric_levels       INT[],
    feedback            TEXT,
    feedback_file_name  VARCHAR(255),
    feedback_sha256     CHAR(64),
    feedback_size       BIGINT,
    feedback_media_type VARCHAR(127),
    grader_account      BIGINT        NOT NULL,
    grader_name         VARCHAR(60)   NOT NULL,
    graded_at           TIMESTAMPTZ   NOT NULL,
    released_at         TIMESTAMPTZ,
    PRIMARY KEY (assignment_id, student_id)
);

CREATE TABLE learning.notification (
    id          BIGSERIAL    PRIMARY KEY,
    recipient   BIGINT       NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    link        VARCHAR(255) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_recipient ON learning.notification (recipient, created_at DESC);
CREATE INDEX notification_unread ON learning.notification (recipient) WHERE read_at IS NULL;

-- A kind a person switched off; no row means on.
CREATE TABLE learning.notification_opt_out (
    account  BIGINT      NOT NULL,
    kind     VARCHAR(24) NOT NULL,
    PRIMARY KEY (account, kind)
);


-- One-to-one messages between a teacher and a parent (家校私信): one thread per pair of accounts in a school, its
-- messages, and how far each side has read. Accounts and the school are other modules' ids, kept without foreign keys.
CREATE TABLE homeschool.message_thread (
    id                 BIGSERIAL    PRIMARY KEY,
    school_id          BIGINT       NOT NULL,
    school_path        VARCHAR(255) NOT NULL,
    teacher            BIGINT       NOT NULL,
    teacher_name       VARCHAR(64)  NOT NULL,
    parent             BIGINT       NOT NULL,
    parent_name        VARCHAR(64)  NOT NULL,
    -- the child the parent wrote about (or the teacher wrote to the parent of), as named when the thread began
    student_name       VARCHAR(64)  NOT NULL,
    last_message_at    TIMESTAMPTZ  NOT NULL,
    teacher_read_upto  BIGINT       NOT NULL DEFAULT 0,
    parent_read_upto   BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (teacher, parent)
);
CREATE INDEX message_thread_parent ON homeschool.message_thread (parent);

CREATE TABLE homeschool.message (
    id         BIGSERIAL     PRIMARY KEY,
    thread_id  BIGINT        NOT NULL REFERENCES homeschool.message_thread (id) ON DELETE CASCADE,
    author     BIGINT        NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    sent_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX message_thread_order ON homeschool.message (thread_id, id);
-- the per-person throttle counts one author's recent messages
CREATE INDEX message_author_time ON homeschool.message (author, sent_at);

-- A teacher's choice to receive messages from parents, and what parents are told while it is off.
CREATE TABLE homeschool.message_setting (
    account    BIGINT        PRIMARY KEY,
    receiving  BOOLEAN       NOT NULL,
    away_text  VARCHAR(200)
);

-- Home–school notices (家校通知): what a teacher or a school sent to which classes, with files, and each
-- guardian's receipt (read, reply, signature). Classes and accounts are other modules' ids, kept without foreign keys.
CREATE TABLE homeschool.notice (
    id            BIGSERIAL     PRIMARY KEY,
    school_id     BIGINT        NOT NULL,
    school_path   VARCHAR(255)  NOT NULL,
    sender        BIGINT        NOT NULL,
    sender_name   VARCHAR(64)   NOT NULL,
    audience      VARCHAR(16)   NOT NULL CHECK (audience IN ('CLASSES', 'GRADES', 'SCHOOL')),
    title         VARCHAR(120)  NOT NULL,
    body          TEXT          NOT NULL,
    reply_kind    VARCHAR(16)   NOT NULL CHECK (reply_kind IN ('NONE', 'YES_NO', 'CHOICE', 'TEXT', 'SIGNATURE')),
    choices       VARCHAR(1000) NOT NULL DEFAULT '',
    deadline      TIMESTAMPTZ   NOT NULL,
    sent_at       TIMESTAMPTZ   NOT NULL,
    reminded_at   TIMESTAMPTZ
);
CREATE INDEX notice_school_path ON homeschool.notice (school_path varchar_pattern_ops);
CREATE INDEX notice_sender ON homeschool.notice (sender);

CREATE TABLE homeschool.notice_class (
    notice_id   BIGINT       NOT NULL REFERENCES homeschool.notice (id) ON DELETE CASCADE,
    class_id    BIGINT       NOT NULL,
    class_name  VARCHAR(64)  NOT NULL,
    grade       INTEGER      NOT NULL,
    PRIMARY KEY (notice_id, class_id)
);
CREATE INDEX notice_class_class ON homeschool.notice_class (class_id);

CREATE TABLE homeschool.notice_file (
    id          BIGSERIAL     PRIMARY KEY,
    notice_id   BIGINT        NOT NULL REFERENCES homeschool.notice (id) ON DELETE CASCADE,
    sha256      CHAR(64)      NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    size        BIGINT        NOT NULL,
    media_type  VARCHAR(100)  NOT NULL
);
CREATE INDEX notice_file_notice ON homeschool.notice_file (notice_id);

-- One receipt per guardian account: confirming and replying both count as read.
CREATE TABLE homeschool.receipt (
    notice_id     BIGINT        NOT NULL REFERENCES homeschool.notice (id) ON DELETE CASCADE,
    account       BIGINT        NOT NULL,
    account_name  VARCHAR(64)   NOT NULL,
    read_at       TIMESTAMPTZ   NOT NULL,
    answer        VARCHAR(500),
    replied_at    TIMESTAMPTZ,
    PRIMARY KEY (notice_id, account)
);

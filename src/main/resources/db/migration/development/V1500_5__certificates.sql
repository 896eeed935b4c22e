-- A certificate for each completed programme and teacher, found by an unguessable code (20 base32 characters, 100
-- random bits) that a public page verifies. It holds what the certificate shows and no more.
CREATE TABLE development.certificate (
    code            VARCHAR(20)   PRIMARY KEY,
    programme_id    BIGINT        NOT NULL,
    programme_name  VARCHAR(200)  NOT NULL,
    teacher_account BIGINT        NOT NULL,
    teacher_name    VARCHAR(100)  NOT NULL,
    school_id       BIGINT        NOT NULL,
    school_path     VARCHAR(255)  NOT NULL,
    hours           NUMERIC(6, 1) NOT NULL,
    completed_on    DATE          NOT NULL,
    issued_at       TIMESTAMPTZ   NOT NULL,
    UNIQUE (programme_id, teacher_account)
);

-- How often one client address (kept only as a keyed hash) asked the public verification page in its window.
CREATE TABLE development.verification_attempt (
    address_key     VARCHAR(64)   PRIMARY KEY,
    window_start    TIMESTAMPTZ   NOT NULL,
    attempts        INT           NOT NULL
);

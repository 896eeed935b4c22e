-- Attendance: a roll per class and date, for one period or (position 0) the whole day, with a mark per student;
-- parents' leave requests (请假) and the head teacher's decision; and which absences parents were told of, once a day.

CREATE TABLE schoolday.roll (
    id           BIGSERIAL    PRIMARY KEY,
    school_id    BIGINT       NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    class_id     BIGINT       NOT NULL,
    class_name   VARCHAR(40)  NOT NULL,
    on_date      DATE         NOT NULL,
    position     SMALLINT     NOT NULL DEFAULT 0,
    taken_by     BIGINT       NOT NULL,
    taken_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (class_id, on_date, position)
);
CREATE INDEX roll_path_date ON schoolday.roll (school_path varchar_pattern_ops, on_date);

CREATE TABLE schoolday.roll_mark (
    roll_id     BIGINT       NOT NULL REFERENCES schoolday.roll (id) ON DELETE CASCADE,
    student_id  BIGINT       NOT NULL,
    status      VARCHAR(8)   NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'LATE', 'LEAVE')),
    reason      VARCHAR(200),
    PRIMARY KEY (roll_id, student_id)
);
CREATE INDEX roll_mark_student ON schoolday.roll_mark (student_id);

CREATE TABLE schoolday.leave_request (
    id            BIGSERIAL    PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    school_path   VARCHAR(255) NOT NULL,
    class_id      BIGINT       NOT NULL,
    student_id    BIGINT       NOT NULL,
    student_name  VARCHAR(50)  NOT NULL,
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    status        VARCHAR(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    requested_by  BIGINT       NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL,
    decided_by    BIGINT,
    decided_at    TIMESTAMPTZ,
    CHECK (last_day >= first_day)
);
CREATE INDEX leave_request_class ON schoolday.leave_request (class_id, status);
CREATE INDEX leave_request_student ON schoolday.leave_request (student_id, first_day);

CREATE TABLE schoolday.absence_notice (
    student_id   BIGINT       NOT NULL,
    on_date      DATE         NOT NULL,
    notified_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (student_id, on_date)
);

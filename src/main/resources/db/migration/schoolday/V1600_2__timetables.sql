-- Timetables: a school's bell schedule per term (its periods with times, teaching or not: 早读, 午休, 自习), each
-- class's weekly lessons, and changes for one date (调课/代课/停课) that leave the weekly lesson as it was.
-- Teachers are roster staff ids, classes roster class ids: referenced by id, never joined across schemas.

CREATE TABLE schoolday.bell_schedule (
    id           BIGSERIAL    PRIMARY KEY,
    school_id    BIGINT       NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    term_id      BIGINT       NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    UNIQUE (school_id, term_id)
);
CREATE INDEX bell_schedule_path ON schoolday.bell_schedule (school_path varchar_pattern_ops);

CREATE TABLE schoolday.bell_period (
    schedule_id  BIGINT       NOT NULL REFERENCES schoolday.bell_schedule (id) ON DELETE CASCADE,
    position     SMALLINT     NOT NULL CHECK (position BETWEEN 1 AND 20),
    label        VARCHAR(20)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    starts_at    TIME         NOT NULL,
    ends_at      TIME         NOT NULL,
    CHECK (ends_at > starts_at),
    PRIMARY KEY (schedule_id, position)
);

CREATE TABLE schoolday.lesson (
    id            BIGSERIAL    PRIMARY KEY,
    schedule_id   BIGINT       NOT NULL REFERENCES schoolday.bell_schedule (id),
    school_path   VARCHAR(255) NOT NULL,
    class_id      BIGINT       NOT NULL,
    class_name    VARCHAR(40)  NOT NULL,
    weekday       SMALLINT     NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    position      SMALLINT     NOT NULL,
    subject       VARCHAR(24)  NOT NULL,
    teacher_id    BIGINT,
    teacher_name  VARCHAR(50),
    room          VARCHAR(40),
    UNIQUE (class_id, weekday, position)
);
-- the last guard against two requests placing one teacher or room twice at once (the service names the clash first)
CREATE UNIQUE INDEX lesson_teacher_once ON schoolday.lesson (schedule_id, teacher_id, weekday, position)
    WHERE teacher_id IS NOT NULL;
CREATE UNIQUE INDEX lesson_room_once ON schoolday.lesson (schedule_id, room, weekday, position) WHERE room IS NOT NULL;
CREATE INDEX lesson_teacher ON schoolday.lesson (teacher_id);

CREATE TABLE schoolday.lesson_change (
    id                  BIGSERIAL    PRIMARY KEY,
    schedule_id         BIGINT       NOT NULL REFERENCES schoolday.bell_schedule (id),
    school_path         VARCHAR(255) NOT NULL,
    class_id            BIGINT       NOT NULL,
    class_name          VARCHAR(40)  NOT NULL,
    on_date             DATE         NOT NULL,
    position            SMALLINT     NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    original_lesson_id  BIGINT       REFERENCES schoolday.lesson (id) ON DELETE SET NULL,
    original_text       VARCHAR(140),
    subject             VARCHAR(24),
    teacher_id          BIGINT,
    teacher_name        VARCHAR(50),
    room                VARCHAR(40),
    note                VARCHAR(200),
    made_by             BIGINT       NOT NULL,
    made_at             TIMESTAMPTZ  NOT NULL,
    UNIQUE (class_id, on_date, position)
);
CREATE INDEX lesson_change_date ON schoolday.lesson_change (schedule_id, on_date);

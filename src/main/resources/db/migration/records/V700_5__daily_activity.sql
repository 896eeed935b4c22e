-- Daily aggregates of learning activity, maintained as each activity is recorded (never recomputed from the
-- statements), for dashboards and equity reports. class_id 0 stands for "not in a class".
CREATE TABLE records.daily_class_activity (
    school_id    BIGINT       NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    class_id     BIGINT       NOT NULL,
    day          DATE         NOT NULL,
    verb         VARCHAR(32)  NOT NULL,
    object_kind  VARCHAR(32)  NOT NULL,
    statements   BIGINT       NOT NULL,
    seconds      BIGINT       NOT NULL,
    PRIMARY KEY (school_id, class_id, day, verb, object_kind)
);
CREATE INDEX daily_class_activity_path ON records.daily_class_activity (school_path varchar_pattern_ops, day);

CREATE TABLE records.daily_student_activity (
    person_id    BIGINT           NOT NULL,
    day          DATE             NOT NULL,
    school_id    BIGINT           NOT NULL,
    school_path  VARCHAR(255)     NOT NULL,
    statements   BIGINT           NOT NULL,
    completed    BIGINT           NOT NULL,
    scored       BIGINT           NOT NULL,
    score_sum    DOUBLE PRECISION NOT NULL,
    seconds      BIGINT           NOT NULL,
    PRIMARY KEY (person_id, day, school_id)
);
CREATE INDEX daily_student_activity_path ON records.daily_student_activity (school_path varchar_pattern_ops, day);

-- Every scored answer on a knowledge point, oldest first per student: what knowledge tracing learns from. An
-- answer redelivered after a restart is recognised by its natural key and counted once.
CREATE TABLE tutoring.response (
    id                 bigserial PRIMARY KEY,
    student_id         bigint      NOT NULL,
    knowledge_point_id bigint      NOT NULL,
    school_path        text        NOT NULL,
    item_id            bigint      NOT NULL,
    correct            boolean     NOT NULL,
    practice           boolean     NOT NULL,
    answered_at        timestamptz NOT NULL,
    UNIQUE (student_id, knowledge_point_id, item_id, answered_at)
);
CREATE INDEX response_fit ON tutoring.response (knowledge_point_id, student_id, answered_at, id);
CREATE INDEX response_school ON tutoring.response (school_path text_pattern_ops);

-- A student's current mastery P(L) of a knowledge point, and the value a week of answers ago for the trend.
CREATE TABLE tutoring.mastery (
    student_id         bigint           NOT NULL,
    knowledge_point_id bigint           NOT NULL,
    school_path        text             NOT NULL,
    probability        double precision NOT NULL CHECK (probability BETWEEN 0 AND 1),
    peak               double precision NOT NULL CHECK (peak BETWEEN 0 AND 1),
    opportunities      integer          NOT NULL,
    correct            integer          NOT NULL,
    last_answered_at   timestamptz      NOT NULL,
    PRIMARY KEY (student_id, knowledge_point_id)
);
CREATE INDEX mastery_school ON tutoring.mastery (school_path text_pattern_ops);
CREATE INDEX mastery_point ON tutoring.mastery (knowledge_point_id);

-- Fitted parameters per knowledge point; a knowledge point without a row uses the defaults.
CREATE TABLE tutoring.parameters (
    knowledge_point_id bigint PRIMARY KEY,
    prior              double precision NOT NULL,
    learn              double precision NOT NULL,
    guess              double precision NOT NULL,
    slip               double precision NOT NULL,
    forget             double precision NOT NULL,
    source             text             NOT NULL,
    responses          integer          NOT NULL,
    students           integer          NOT NULL,
    fitted_at          timestamptz      NOT NULL
);

-- The practice item a student was last served on a knowledge point: an answer is accepted once, for it.
CREATE TABLE tutoring.practice (
    student_id         bigint      NOT NULL,
    knowledge_point_id bigint      NOT NULL,
    item_id            bigint      NOT NULL,
    item_version       integer     NOT NULL,
    served_at          timestamptz NOT NULL,
    answered_at        timestamptz,
    PRIMARY KEY (student_id, knowledge_point_id)
);

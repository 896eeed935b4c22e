-- The school-condition survey (办学条件): one row per school and school year. Figures the school enters are kept
-- as raw amounts (never ratios); the teacher and student counts are copied from the roster when the school submits,
-- so the district confirms exactly what was submitted and later roster changes do not rewrite a confirmed year.
CREATE SCHEMA IF NOT EXISTS equity;

CREATE TABLE equity.school_survey (
    id                          BIGSERIAL     PRIMARY KEY,
    school_id                   BIGINT        NOT NULL,
    school_path                 VARCHAR(255)  NOT NULL,
    school_year                 VARCHAR(9)    NOT NULL,
    status                      VARCHAR(16)   NOT NULL,
    teaching_area               NUMERIC(12,2),
    sports_ground_area          NUMERIC(12,2),
    sports_hall_area            NUMERIC(12,2),
    equipment_value             NUMERIC(15,2),
    multimedia_classrooms       INTEGER,
    computers                   INTEGER,
    library_books               INTEGER,
    primary_students            INTEGER,
    junior_students             INTEGER,
    all_students                INTEGER,
    full_time_teachers          INTEGER,
    teachers_college_or_above   INTEGER,
    teachers_bachelor_or_above  INTEGER,
    backbone_teachers           INTEGER,
    pe_arts_teachers            INTEGER,
    intermediate_title_teachers INTEGER,
    counted_at                  TIMESTAMPTZ,
    entered_by                  BIGINT        NOT NULL,
    entered_by_name             VARCHAR(100)  NOT NULL,
    entered_at                  TIMESTAMPTZ   NOT NULL,
    submitted_by_name           VARCHAR(100),
    submitted_at                TIMESTAMPTZ,
    confirmed_by_name           VARCHAR(100),
    confirmed_at                TIMESTAMPTZ,
    returned_reason             VARCHAR(500),
    version                     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT school_survey_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'RETURNED')),
    CONSTRAINT school_survey_non_negative CHECK (teaching_area >= 0 AND sports_ground_area >= 0
        AND sports_hall_area >= 0 AND equipment_value >= 0 AND multimedia_classrooms >= 0 AND computers >= 0
        AND library_books >= 0),
    UNIQUE (school_id, school_year)
);
-- reports read one district's confirmed year at a time
CREATE INDEX school_survey_path_year ON equity.school_survey (school_year, school_path varchar_pattern_ops);

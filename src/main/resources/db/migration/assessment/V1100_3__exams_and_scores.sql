-- Exams a school sets for a grade (期中考试, 期末考试), the subjects with their full marks, and each student's
-- score per subject. A score row without a score is an absentee (缺考), which the analysis keeps apart from 0.
CREATE TABLE assessment.exam (
    id              bigserial PRIMARY KEY,
    school_id       bigint       NOT NULL,
    school_path     text         NOT NULL,
    name            text         NOT NULL,
    held_on         date         NOT NULL,
    term_id         bigint       NOT NULL,
    grade           integer      NOT NULL CHECK (grade BETWEEN 1 AND 12),
    pass_ratio      numeric(4,3) NOT NULL DEFAULT 0.600 CHECK (pass_ratio > 0 AND pass_ratio <= 1),
    excellent_ratio numeric(4,3) NOT NULL DEFAULT 0.850 CHECK (excellent_ratio > 0 AND excellent_ratio <= 1),
    created_by      bigint       NOT NULL,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX exam_school_path ON assessment.exam (school_path text_pattern_ops);
CREATE INDEX exam_school_grade ON assessment.exam (school_id, grade, held_on);

CREATE TABLE assessment.exam_subject (
    exam_id    bigint       NOT NULL REFERENCES assessment.exam (id),
    position   integer      NOT NULL,
    subject    text         NOT NULL,
    full_marks numeric(6,1) NOT NULL CHECK (full_marks > 0),
    PRIMARY KEY (exam_id, subject)
);

-- The class a score was entered for is kept with it, so a later transfer does not move a past exam's figures.
CREATE TABLE assessment.exam_score (
    exam_id      bigint       NOT NULL REFERENCES assessment.exam (id),
    subject      text         NOT NULL,
    student_id   bigint       NOT NULL,
    student_name text         NOT NULL,
    class_id     bigint       NOT NULL,
    class_name   text         NOT NULL,
    score        numeric(6,1),
    absent       boolean      NOT NULL DEFAULT false,
    entered_by   bigint       NOT NULL,
    entered_at   timestamptz  NOT NULL,
    PRIMARY KEY (exam_id, subject, student_id),
    CHECK (absent = (score IS NULL))
);
CREATE INDEX exam_score_class ON assessment.exam_score (exam_id, class_id);
CREATE INDEX exam_score_student ON assessment.exam_score (student_id);

-- A school's rule for what students and parents see of an exam: ranks are hidden unless the school shows them.
CREATE TABLE assessment.score_privacy (
    school_id          bigint      PRIMARY KEY,
    school_path        text        NOT NULL,
    ranks_to_families  boolean     NOT NULL DEFAULT false,
    updated_at         timestamptz NOT NULL
);

-- Courses: a teacher's units and lessons (text, library resources by reference, a link), attached to classes.
-- A course shared beyond its owner's classes (school, district, region) can be attached by other teachers, who set
-- their own assignments in it; assignments point at the lesson they belong to.

CREATE TABLE learning.course (
    id             BIGSERIAL    PRIMARY KEY,
    school_id      BIGINT       NOT NULL,
    school_path    VARCHAR(255) NOT NULL,
    owner_account  BIGINT       NOT NULL,
    owner_name     VARCHAR(60)  NOT NULL,
    title          VARCHAR(120) NOT NULL,
    description    TEXT         NOT NULL,
    subject        VARCHAR(24),
    grade          INT,
    status         VARCHAR(12)  NOT NULL,
    sharing        VARCHAR(12)  NOT NULL,
    share_path     VARCHAR(255) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX course_owner ON learning.course (owner_account);
CREATE INDEX course_shared ON learning.course (share_path varchar_pattern_ops) WHERE status = 'PUBLISHED';

CREATE TABLE learning.course_class (
    course_id        BIGINT       NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    class_id         BIGINT       NOT NULL,
    class_name       VARCHAR(60)  NOT NULL,
    school_path      VARCHAR(255) NOT NULL,
    teacher_account  BIGINT       NOT NULL,
    attached_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (course_id, class_id)
);
CREATE INDEX course_class_class ON learning.course_class (class_id);

CREATE TABLE learning.course_unit (
    id         BIGSERIAL    PRIMARY KEY,
    course_id  BIGINT       NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    title      VARCHAR(120) NOT NULL
);
CREATE INDEX course_unit_course ON learning.course_unit (course_id, position);

CREATE TABLE learning.lesson (
    id            BIGSERIAL     PRIMARY KEY,
    course_id     BIGINT        NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    unit_id       BIGINT        NOT NULL REFERENCES learning.course_unit (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    body          TEXT          NOT NULL,
    resource_ids  BIGINT[]      NOT NULL DEFAULT '{}',
    link_url      VARCHAR(2000)
);
CREATE INDEX lesson_unit ON learning.lesson (unit_id, position);
CREATE INDEX lesson_course ON learning.lesson (course_id);

-- A student marks a lesson learnt; all lessons learnt completes the course.
CREATE TABLE learning.lesson_done (
    lesson_id   BIGINT      NOT NULL REFERENCES learning.lesson (id) ON DELETE CASCADE,
    student_id  BIGINT      NOT NULL,
    course_id   BIGINT      NOT NULL,
    done_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (lesson_id, student_id)
);
CREATE INDEX lesson_done_student ON learning.lesson_done (student_id, course_id);

ALTER TABLE learning.assignment ADD COLUMN lesson_id BIGINT REFERENCES learning.lesson (id) ON DELETE SET NULL;
CREATE INDEX assignment_lesson ON learning.assignment (lesson_id) WHERE lesson_id IS NOT NULL;

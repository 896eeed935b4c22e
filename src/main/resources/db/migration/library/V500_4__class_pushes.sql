-- 班班通: a teacher pushes a resource to a class they teach, for a day and lesson, with a note; the class's students
-- (and their parents) see it, and the classroom display shows the day's pushes on the big screen.
CREATE TABLE library.class_push (
    id            BIGSERIAL     PRIMARY KEY,
    resource_id   BIGINT        NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    class_id      BIGINT        NOT NULL,
    class_name    VARCHAR(60)   NOT NULL,
    school_id     BIGINT        NOT NULL,
    school_path   VARCHAR(255)  NOT NULL,
    teacher_id    BIGINT        NOT NULL,
    teacher_name  VARCHAR(100)  NOT NULL,
    lesson_date   DATE          NOT NULL,
    lesson        VARCHAR(60),
    note          VARCHAR(500),
    pushed_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (resource_id, class_id, lesson_date)
);
CREATE INDEX class_push_class ON library.class_push (class_id, lesson_date);
CREATE INDEX class_push_teacher ON library.class_push (teacher_id, pushed_at DESC);

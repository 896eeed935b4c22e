-- Teachers as learners: a training programme of teacher development enrols a teacher in a published course; the
-- teacher marks its lessons learnt as a student does, and the last one completes the course for them (once).
-- Apart from lesson_done because a student is a roster person and a teacher-learner an account.
CREATE TABLE learning.course_teacher_learner (
    course_id       BIGINT      NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    teacher_account BIGINT      NOT NULL,
    enrolled_at     TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (course_id, teacher_account)
);
CREATE INDEX course_teacher_learner_teacher ON learning.course_teacher_learner (teacher_account);

CREATE TABLE learning.teacher_lesson_done (
    lesson_id       BIGINT      NOT NULL REFERENCES learning.lesson (id) ON DELETE CASCADE,
    teacher_account BIGINT      NOT NULL,
    course_id       BIGINT      NOT NULL,
    done_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (lesson_id, teacher_account)
);
CREATE INDEX teacher_lesson_done_teacher ON learning.teacher_lesson_done (teacher_account, course_id);

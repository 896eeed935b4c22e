-- Teacher enrolments (OneRoster enr-h-{class}, enr-t-{assignment}) are rows EduCloud deletes: a head teacher
-- replaced by nobody, a teaching assignment removed by a form, a delta or a staff member's leaving. Their ids are
-- remembered here so the REST binding answers them as tobedeleted (issue 24): a client polling for changes then
-- unenrols the teacher instead of never hearing of it.
CREATE TABLE roster.removed_teaching (
    id           BIGSERIAL    PRIMARY KEY,
    sourced_id   VARCHAR(40)  NOT NULL,
    staff_id     BIGINT       NOT NULL,
    class_id     BIGINT       NOT NULL,
    head         BOOLEAN      NOT NULL,
    removed_at   TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX removed_teaching_class ON roster.removed_teaching (class_id);

-- A head teacher's assignment of the same class is shown as the head-teacher enrolment only: nothing to remember.
CREATE FUNCTION roster.remember_removed_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO roster.removed_teaching (sourced_id, staff_id, class_id, head)
    SELECT 'enr-t-' || OLD.id, OLD.staff_id, OLD.class_id, FALSE FROM roster.school_class c
    WHERE c.id = OLD.class_id AND c.head_teacher_id IS DISTINCT FROM OLD.staff_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER teaching_assignment_removed AFTER DELETE ON roster.teaching_assignment
    FOR EACH ROW EXECUTE FUNCTION roster.remember_removed_assignment();

-- enr-h-{class} is one id per class: the latest removal is remembered, and a new head teacher makes it live again.
CREATE FUNCTION roster.remember_removed_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM roster.removed_teaching WHERE class_id = OLD.id AND head;
    IF NEW.head_teacher_id IS NULL THEN
        INSERT INTO roster.removed_teaching (sourced_id, staff_id, class_id, head)
        VALUES ('enr-h-' || OLD.id, OLD.head_teacher_id, OLD.id, TRUE);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER school_class_head_removed AFTER UPDATE OF head_teacher_id ON roster.school_class
    FOR EACH ROW WHEN (OLD.head_teacher_id IS NOT NULL AND NEW.head_teacher_id IS DISTINCT FROM OLD.head_teacher_id)
    EXECUTE FUNCTION roster.remember_removed_head();

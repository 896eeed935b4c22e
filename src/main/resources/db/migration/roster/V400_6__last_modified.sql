-- Every roster row knows when it last changed, so integrations can sync only what changed since their last
-- run (OneRoster dateLastModified). A trigger keeps it right for every writer: JPA, bulk imports, promotion.
ALTER TABLE roster.term ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.school_class ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.guardian ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.enrolment ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.teaching_assignment ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE FUNCTION roster.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER term_touched BEFORE UPDATE ON roster.term
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER school_class_touched BEFORE UPDATE ON roster.school_class
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER guardian_touched BEFORE UPDATE ON roster.guardian
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER enrolment_touched BEFORE UPDATE ON roster.enrolment
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER teaching_assignment_touched BEFORE UPDATE ON roster.teaching_assignment
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER student_touched BEFORE UPDATE ON roster.student
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER staff_touched BEFORE UPDATE ON roster.staff
    FOR EACH ROW EXECUTE FUNCTION roster.touch_updated_at();

-- Every roster row knows when it last changed, so integrations can sync only what changed since their last
-- run (OneRoster dateLastModified). A trigger keeps it right for every writer: JPA, bulk imports, promotion.
-- It fires only when something actually changed (a re-import of an unchanged file stamps nothing) and uses the
-- wall clock, not the transaction start, so a long import's rows are not stamped minutes before they commit.
ALTER TABLE roster.term ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.school_class ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.guardian ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.enrolment ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE roster.teaching_assignment ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE FUNCTION roster.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$$;

CREATE TRIGGER term_touched BEFORE UPDATE ON roster.term
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER school_class_touched BEFORE UPDATE ON roster.school_class
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER guardian_touched BEFORE UPDATE ON roster.guardian
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER enrolment_touched BEFORE UPDATE ON roster.enrolment
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER teaching_assignment_touched BEFORE UPDATE ON roster.teaching_assignment
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER student_touched BEFORE UPDATE ON roster.student
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();
CREATE TRIGGER staff_touched BEFORE UPDATE ON roster.staff
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION roster.touch_updated_at();

-- A student's guardians (OneRoster agents) are part of both people: a link made, changed or removed counts as a
-- change of the student and of the guardian.
CREATE FUNCTION roster.touch_guardianship() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    link roster.guardianship;
BEGIN
    link := COALESCE(NEW, OLD);
    UPDATE roster.student SET updated_at = clock_timestamp() WHERE id = link.student_id;
    UPDATE roster.guardian SET updated_at = clock_timestamp() WHERE id = link.guardian_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER guardianship_touched AFTER INSERT OR UPDATE OR DELETE ON roster.guardianship
    FOR EACH ROW EXECUTE FUNCTION roster.touch_guardianship();

-- Delta polls filter on the last change; OneRoster reads enrolments by their school.
CREATE INDEX student_updated ON roster.student (updated_at);
CREATE INDEX staff_updated ON roster.staff (updated_at);
CREATE INDEX enrolment_updated ON roster.enrolment (updated_at);
CREATE INDEX enrolment_path ON roster.enrolment (school_path varchar_pattern_ops);

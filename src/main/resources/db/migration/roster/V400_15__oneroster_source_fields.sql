-- What a OneRoster import keeps of the source (issue 24): the source's own sourcedId of each imported object (shown
-- as its sourcedId in REST and the CSV export, so an LMS already synced with that SIS keeps matching), given and
-- family names as the source gave them, email and the source's userIds; and when an object was removed by a
-- delta's tobedeleted (kept, not erased: REST answers status tobedeleted for it).
ALTER TABLE roster.student ADD COLUMN source_id VARCHAR(255), ADD COLUMN given_name VARCHAR(50),
    ADD COLUMN family_name VARCHAR(50), ADD COLUMN email VARCHAR(255), ADD COLUMN source_user_ids VARCHAR(2000),
    ADD COLUMN removed_at TIMESTAMPTZ;
ALTER TABLE roster.staff ADD COLUMN source_id VARCHAR(255), ADD COLUMN given_name VARCHAR(50),
    ADD COLUMN family_name VARCHAR(50), ADD COLUMN email VARCHAR(255), ADD COLUMN source_user_ids VARCHAR(2000),
    ADD COLUMN removed_at TIMESTAMPTZ;
ALTER TABLE roster.guardian ADD COLUMN source_id VARCHAR(255), ADD COLUMN given_name VARCHAR(50),
    ADD COLUMN family_name VARCHAR(50), ADD COLUMN email VARCHAR(255), ADD COLUMN source_user_ids VARCHAR(2000),
    ADD COLUMN removed_at TIMESTAMPTZ;
ALTER TABLE roster.school_class ADD COLUMN source_id VARCHAR(255), ADD COLUMN removed_at TIMESTAMPTZ;
ALTER TABLE roster.term ADD COLUMN source_id VARCHAR(255);
ALTER TABLE roster.enrolment ADD COLUMN source_id VARCHAR(255), ADD COLUMN removed_at TIMESTAMPTZ;

-- A source sourcedId is kept only where it is free within the tenant (the first segment of the org path), so
-- two SIS numbering from 1 never give two objects of one collection the same sourcedId; a taken one leaves the
-- object with EduCloud's own id. Users are one collection across three tables: the import checks all three.
CREATE UNIQUE INDEX student_source ON roster.student (split_part(school_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX staff_source ON roster.staff (split_part(school_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX guardian_source ON roster.guardian (split_part(school_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX school_class_source ON roster.school_class (split_part(school_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX term_source ON roster.term (split_part(org_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX enrolment_source ON roster.enrolment (split_part(school_path, '/', 2), source_id)
    WHERE source_id IS NOT NULL;
-- Lookups by a source sourcedId (GET /users/{id}) read these.
CREATE INDEX student_source_id ON roster.student (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX staff_source_id ON roster.staff (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX guardian_source_id ON roster.guardian (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX school_class_source_id ON roster.school_class (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX enrolment_source_id ON roster.enrolment (source_id) WHERE source_id IS NOT NULL;

-- Objects imported before keep the sourcedIds their links recorded, where one tenant gives one sourcedId to one
-- object only and it is not shaped like EduCloud's own ids (those are EduCloud's export coming back).
CREATE TEMP TABLE source_candidate ON COMMIT DROP AS
SELECT DISTINCT ON (l.kind, l.local_id) l.kind, l.local_id, l.sourced_id,
       CASE l.kind WHEN 'S' THEN (SELECT split_part(x.school_path, '/', 2) FROM roster.student x WHERE x.id = l.local_id)
                   WHEN 'F' THEN (SELECT split_part(x.school_path, '/', 2) FROM roster.staff x WHERE x.id = l.local_id)
                   WHEN 'G' THEN (SELECT split_part(x.school_path, '/', 2) FROM roster.guardian x WHERE x.id = l.local_id)
                   WHEN 'C' THEN (SELECT split_part(x.school_path, '/', 2) FROM roster.school_class x WHERE x.id = l.local_id)
                   ELSE (SELECT split_part(x.org_path, '/', 2) FROM roster.term x WHERE x.id = l.local_id) END AS tenant,
       CASE WHEN l.kind IN ('S', 'F', 'G') THEN 'U' ELSE l.kind END AS collection
FROM roster.oneroster_link l
WHERE l.sourced_id !~ '^(user-[stg]|class|term|enr(-[ht])?|org|sy|course)-[0-9]'
ORDER BY l.kind, l.local_id, l.root_org_id;

DELETE FROM source_candidate c WHERE c.tenant IS NULL OR EXISTS (
    SELECT 1 FROM source_candidate o WHERE o.collection = c.collection AND o.tenant = c.tenant
      AND o.sourced_id = c.sourced_id AND (o.kind, o.local_id) <> (c.kind, c.local_id));

UPDATE roster.student x SET source_id = c.sourced_id FROM source_candidate c WHERE c.kind = 'S' AND c.local_id = x.id;
UPDATE roster.staff x SET source_id = c.sourced_id FROM source_candidate c WHERE c.kind = 'F' AND c.local_id = x.id;
UPDATE roster.guardian x SET source_id = c.sourced_id FROM source_candidate c WHERE c.kind = 'G' AND c.local_id = x.id;
UPDATE roster.school_class x SET source_id = c.sourced_id FROM source_candidate c
    WHERE c.kind = 'C' AND c.local_id = x.id;
UPDATE roster.term x SET source_id = c.sourced_id FROM source_candidate c WHERE c.kind = 'T' AND c.local_id = x.id;

-- Name parts are the source's spelling of the name: a name changed without them (a form, the roster's own
-- imports) is one name again, shown and split as before.
CREATE FUNCTION roster.forget_stale_name_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name AND NEW.given_name IS NOT DISTINCT FROM OLD.given_name
            AND NEW.family_name IS NOT DISTINCT FROM OLD.family_name THEN
        NEW.given_name := NULL;
        NEW.family_name := NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER student_name_parts BEFORE UPDATE OF name ON roster.student
    FOR EACH ROW EXECUTE FUNCTION roster.forget_stale_name_parts();
CREATE TRIGGER staff_name_parts BEFORE UPDATE OF name ON roster.staff
    FOR EACH ROW EXECUTE FUNCTION roster.forget_stale_name_parts();
CREATE TRIGGER guardian_name_parts BEFORE UPDATE OF name ON roster.guardian
    FOR EACH ROW EXECUTE FUNCTION roster.forget_stale_name_parts();

-- A removed enrolment whose dates are set again (re-enrolled by a form or a later file) is no longer removed;
-- staff who come back from having left neither.
CREATE FUNCTION roster.enrolment_back() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.ends_on IS DISTINCT FROM OLD.ends_on AND NEW.removed_at IS NOT DISTINCT FROM OLD.removed_at THEN
        NEW.removed_at := NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER enrolment_back BEFORE UPDATE OF ends_on ON roster.enrolment
    FOR EACH ROW EXECUTE FUNCTION roster.enrolment_back();
CREATE FUNCTION roster.staff_back() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.employment_status = 'LEFT' AND NEW.employment_status <> 'LEFT' THEN
        NEW.removed_at := NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER staff_back BEFORE UPDATE OF employment_status ON roster.staff
    FOR EACH ROW EXECUTE FUNCTION roster.staff_back();

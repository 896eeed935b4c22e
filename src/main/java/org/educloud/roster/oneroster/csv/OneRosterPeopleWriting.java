package org.educloud.roster.oneroster.csv;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.Gender;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.roster.people.upserts.StaffUpserts;
import org.educloud.roster.people.upserts.StudentUpserts;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the people of a OneRoster set: students and staff merged set-wise by natural key, guardians one by one
 * with their children, and a delta's deleted people marked removed; apart from terms and classes because people
 * carry accounts and sign-in, which classes do not.
 */
@Component
class OneRosterPeopleWriting {

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final Clock clock;
    private final OneRosterSourceFacts sourceFacts;
    private final OneRosterAccounts accounts;
    private final StudentUpserts studentUpserts;
    private final StaffUpserts staffUpserts;

    OneRosterPeopleWriting(JdbcClient jdbc, IdentityManagement identity, Clock clock,
                           OneRosterSourceFacts sourceFacts, OneRosterAccounts accounts,
                           StudentUpserts studentUpserts, StaffUpserts staffUpserts) {
        this.studentUpserts = studentUpserts;
        this.staffUpserts = staffUpserts;
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
        this.sourceFacts = sourceFacts;
        this.accounts = accounts;
    }

    OneRosterWritten students(Scope scope, OneRosterRead set, Map<String, Long> numbersGiven,
                              OneRosterLinks links) {
        int[] counts = new int[2];
        List<UserId> back = new ArrayList<>();
        // A student imported without a 全国学籍号 whom the source now sends with one gets it (the first pass saw
        // it was free), so the merge below finds them by it rather than making a second student.
        numbersGiven.forEach((number, studentId) -> jdbc.sql(
                        "UPDATE roster.student SET student_number = ? WHERE id = ? AND student_number IS NULL")
                .params(number, studentId).update());
        List<StudentUpserts.StudentRow> rows = new ArrayList<>();
        for (PersonRow p : set.people().values()) {
            if (p.kind() == PersonKind.STUDENT && !p.deleted()) {
                OrgNodeView school = set.schools().get(p.schoolSourcedId());
                Long numberless = p.identifier().isEmpty() ? numberlessStudent(p, school, links, counts, back)
                        : null;
                // OneRoster carries no ethnicity, ID number or equity attributes: the upsert keeps those.
                rows.add(new StudentUpserts.StudentRow(p.sourcedId(), school.id().value(), school.path().value(),
                        p.identifier().isEmpty() ? null : p.identifier(), p.name(), p.gender(), p.birthDate(), null,
                        null, numberless));
            }
        }
        StudentUpserts.Merged merged = studentUpserts.merge(rows);
        counts[0] += merged.created();
        counts[1] += merged.updated();
        back.addAll(merged.back());
        return new OneRosterWritten(
                accounts.withAccounts(scope, Role.STUDENT, StudentUpserts.ACCOUNT_ROWS, "student", set),
                counts[0], counts[1], back);
    }

    /**
     * A student without a 全国学籍号 has no natural key: the sourcedId link of an earlier import (or EduCloud's own
     * {@code user-s-N}) finds them again, else they are new. Such students are few, so they go one by one.
     */
    private long numberlessStudent(PersonRow p, OrgNodeView school, OneRosterLinks links, int[] counts,
                                   List<UserId> back) {
        Long known = links.person(p.sourcedId()).filter(l -> l.is(OneRosterObject.STUDENT)).map(OneRosterLinks.Local::id)
                .orElse(null);
        String gender = p.gender() == null ? null : p.gender().name();
        if (known != null) {
            // Removed by a delta and listed again: their account signs in again (read before removed_at is cleared).
            back.addAll(jdbc.sql("SELECT account_id FROM roster.student WHERE id = ? AND removed_at IS NOT NULL "
                    + "AND account_id IS NOT NULL").param(known).query((rs, n) -> new UserId(rs.getLong(1))).list());
            jdbc.sql("""
                            UPDATE roster.student SET name = ?, gender = COALESCE(?, gender),
                                birth_date = COALESCE(?, birth_date), removed_at = NULL WHERE id = ?""")
                    .params(p.name(), gender, p.birthDate() == null ? null : Date.valueOf(p.birthDate()), known)
                    .update();
            counts[1]++;
            return known;
        }
        counts[0]++;
        return jdbc.sql("""
                        INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date,
                                                    created_at, updated_at)
                        VALUES (?, ?, NULL, ?, ?, ?, now(), now()) RETURNING id""")
                .params(school.id().value(), school.path().value(), p.name(), gender, Date.valueOf(p.birthDate()))
                .query(Long.class).single();
    }

    OneRosterWritten staff(Scope scope, OneRosterRead set) {
        int[] counts = new int[2];
        List<UserId> back = new ArrayList<>();
        List<StaffUpserts.StaffRow> rows = new ArrayList<>();
        for (PersonRow p : set.people().values()) {
            if (p.kind() == PersonKind.STAFF && !p.deleted()) {
                OrgNodeView school = set.schools().get(p.schoolSourcedId());
                OneRosterRead.StaffAttributes a = set.staffAttributes().getOrDefault(p.sourcedId(),
                        new OneRosterRead.StaffAttributes(null, null, null));
                // Qualification, title and the indicators' attributes come from metadata.educloud.* columns
                // (full-time teaching also from the role); an existing member keeps theirs otherwise, a new one
                // gets the defaults. The username is school code and 工号, unless the source's own is free.
                rows.add(new StaffUpserts.StaffRow(p.sourcedId(), school.id().value(), school.path().value(),
                        p.identifier(), school.schoolCode() == null ? null
                                : (school.schoolCode() + "-" + p.identifier()).toLowerCase(Locale.ROOT),
                        p.name(), p.gender() == null ? null : p.gender().name(), p.phone(), null,
                        p.qualification() == null ? null : p.qualification().name(),
                        p.title() == null ? null : p.title().name(), a.fullTimeTeacher(),
                        a.backboneLevel() == null ? null : a.backboneLevel().name(),
                        a.specialist() == null ? null : a.specialist().name(), false));
            }
        }
        StaffUpserts.Merged merged = staffUpserts.merge(rows);
        counts[0] += merged.created();
        counts[1] += merged.updated();
        back.addAll(merged.back());
        return new OneRosterWritten(
                accounts.withAccounts(scope, Role.TEACHER, StaffUpserts.ACCOUNT_ROWS, "staff", set),
                counts[0], counts[1], back);
    }

    OneRosterWritten guardians(Scope scope, OneRosterRead set, Map<String, Long> studentIds,
                               OneRosterLinks links) {
        int[] counts = new int[2];
        List<UserId> back = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (PersonRow p : set.people().values()) {
            if (p.kind() != PersonKind.GUARDIAN || p.deleted()) {
                continue;
            }
            List<Long> children = p.agents().stream().map(a -> links.student(a, studentIds))
                    .filter(java.util.Objects::nonNull).toList();
            if (children.isEmpty()) {
                continue;
            }
            record Child(long schoolId, String schoolPath) {
            }
            Child first = jdbc.sql("SELECT school_id, school_path FROM roster.student WHERE id = ?")
                    .param(children.getFirst()).query((rs, n) -> new Child(rs.getLong(1), rs.getString(2))).single();
            Long existing = links.person(p.sourcedId()).filter(l -> l.is(OneRosterObject.GUARDIAN)).map(OneRosterLinks.Local::id)
                    .orElse(null);
            long id;
            if (existing != null) {
                back.addAll(jdbc.sql("SELECT account_id FROM roster.guardian WHERE id = ? AND removed_at IS NOT NULL "
                        + "AND account_id IS NOT NULL").param(existing).query((rs, n) -> new UserId(rs.getLong(1))).list());
                jdbc.sql("UPDATE roster.guardian SET name = ?, phone = COALESCE(?, phone), removed_at = NULL WHERE id = ?")
                        .params(p.name(), p.phone(), existing).update();
                id = existing;
                counts[1]++;
            } else {
                id = jdbc.sql("INSERT INTO roster.guardian (school_path, name, phone, created_at) VALUES (?, ?, ?, ?) "
                                + "RETURNING id")
                        .params(first.schoolPath(), p.name(), p.phone(), Timestamp.from(clock.instant()))
                        .query(Long.class).single();
                String username = sourceFacts.freeUsernames(set, List.of(p.sourcedId())).getOrDefault(p.sourcedId(),
                        identity.newUsernames(Role.PARENT, 1).getFirst());
                UserId account = identity.createPending(scope, Role.PARENT, OrgId.of(first.schoolId()),
                        List.of(new PendingAccount(username, p.name(), p.phone()))).get(username);
                jdbc.sql("UPDATE roster.guardian SET account_id = ? WHERE id = ?").params(account.value(), id).update();
                counts[0]++;
            }
            GuardianRelation relation = !p.role().equals("parent") || p.gender() == null ? GuardianRelation.OTHER
                    : p.gender() == Gender.MALE ? GuardianRelation.FATHER : GuardianRelation.MOTHER;
            for (Long child : children) {
                jdbc.sql("INSERT INTO roster.guardianship (student_id, guardian_id, relation) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING").params(child, id, relation.name()).update();
            }
            ids.put(p.sourcedId(), id);
        }
        return new OneRosterWritten(ids, counts[0], counts[1], back);
    }

    /**
     * People a delta file deletes are never erased (their records and history stay): a student's current
     * memberships end, a staff member is marked as having left and released from classes, a guardian is unlinked.
     */
    OneRosterWritten deletedPeople(OneRosterRead set, OneRosterLinks links) {
        int[] counts = new int[2];
        Date today = Date.valueOf(LocalDate.now(clock));
        Timestamp now = Timestamp.from(clock.instant());
        List<UserId> accounts = new ArrayList<>();
        for (PersonRow p : set.people().values()) {
            if (!p.deleted()) {
                continue;
            }
            links.person(p.sourcedId()).ifPresent(local -> {
                // The person is kept, marked removed: REST answers them as tobedeleted and disabled.
                String table = switch (local.kind()) {
                    case STUDENT -> "student";
                    case STAFF -> "staff";
                    default -> "guardian";
                };
                // Only a removal that changes something counts (and disables): a nightly delta repeating its
                // deletions reports nothing changed, and an account an admin enabled again stays enabled.
                List<Long> removed = jdbc.sql("UPDATE roster." + table + " SET removed_at = ? "
                                + "WHERE id = ? AND removed_at IS NULL RETURNING account_id").params(now, local.id())
                        .query((rs, n) -> rs.getObject(1) == null ? -1L : rs.getLong(1)).list();
                removed.stream().filter(id -> id >= 0).forEach(id -> accounts.add(new UserId(id)));
                int changed = removed.size();
                changed += switch (local.kind()) {
                    case STUDENT -> jdbc.sql("UPDATE roster.enrolment SET ends_on = ?, removed_at = ? WHERE student_id = ? "
                                    + "AND ends_on IS NULL")
                            .params(today, now, local.id()).update();
                    case STAFF -> jdbc.sql("UPDATE roster.staff SET employment_status = 'LEFT' WHERE id = ? "
                                    + "AND employment_status <> 'LEFT'").param(local.id()).update()
                            + jdbc.sql("DELETE FROM roster.teaching_assignment WHERE staff_id = ?").param(local.id())
                            .update()
                            + jdbc.sql("UPDATE roster.school_class SET head_teacher_id = NULL WHERE head_teacher_id = ?")
                            .param(local.id()).update();
                    default -> jdbc.sql("DELETE FROM roster.guardianship WHERE guardian_id = ?").param(local.id())
                            .update();
                };
                counts[1] += changed > 0 ? 1 : 0;
            });
        }
        return new OneRosterWritten(Map.of(), 0, counts[1], accounts);
    }
}

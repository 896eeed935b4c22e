package org.educloud.library;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceRepository;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 班班通: teachers push published resources to the classes they teach; students and their parents see what was
 * pushed to their classes, and the classroom display shows a class's day. A resource can only go to a class whose
 * school it is shared with, so every student who sees the push may also open it.
 */
@Service
@Transactional
public class ClassPushes {

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final Clock clock;

    ClassPushes(JdbcClient jdbc, ResourceRepository resources, RosterDirectory roster,
                     TenancyManagement tenancy, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.roster = roster;
        this.tenancy = tenancy;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Pushes every resource to every class. A push already made for that resource, class and day takes this push's
     * lesson, note and teacher (what the class sees is what was entered last); it keeps its first push time, so the
     * usage figures still count it once, when it was first pushed.
     */
    public PushOutcome push(Scope scope, PushDraft draft) {
        Map<ClassId, SchoolClassView> taught = roster.taughtClasses(scope).stream()
                .collect(Collectors.toMap(SchoolClassView::id, Function.identity()));
        if (taught.isEmpty()) {
            throw new ForbiddenException("library.error.pushNotTeacher");
        }
        if (!taught.keySet().containsAll(draft.classIds())) {
            throw new ForbiddenException("library.error.pushNotYourClass");
        }
        if (draft.lessonDate().isBefore(LocalDate.now(clock).minusDays(1))) {
            throw new RuleViolationException("library.error.pushInThePast");
        }
        String teacherName = identity.self(scope.userId()).displayName();
        int pushed = 0;
        int updated = 0;
        for (ResourceId resourceId : Set.copyOf(draft.resourceIds())) {
            Resource resource = resources.findById(resourceId.value()).filter(r -> ResourceAccess.canSee(scope, r))
                    .orElseThrow(() -> new NotFoundException("library.error.resourceNotFound"));
            for (ClassId classId : Set.copyOf(draft.classIds())) {
                SchoolClassView schoolClass = taught.get(classId);
                OrgPath school = tenancy.find(schoolClass.schoolId()).orElseThrow().path();
                if (resource.status() != ReviewStatus.PUBLISHED || !(resource.sharing() == Sharing.PUBLIC
                        || resource.sharing() != Sharing.PRIVATE && resource.sharePath().contains(school))) {
                    throw new RuleViolationException("library.error.pushNotShared");
                }
                // one atomic upsert; PostgreSQL leaves xmax 0 on a row this statement inserted, not on one it updated
                boolean inserted = jdbc.sql("""
                                INSERT INTO library.class_push (resource_id, class_id, class_name, school_id, school_path,
                                    teacher_id, teacher_name, lesson_date, lesson, note, pushed_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (resource_id, class_id, lesson_date) DO UPDATE SET
                                    lesson = EXCLUDED.lesson, note = EXCLUDED.note, teacher_id = EXCLUDED.teacher_id,
                                    teacher_name = EXCLUDED.teacher_name
                                RETURNING xmax = 0""")
                        .params(resourceId.value(), classId.value(), schoolClass.name(),
                                schoolClass.schoolId().value(), school.value(), scope.userId().value(), teacherName,
                                draft.lessonDate(), blankToNull(draft.lesson()), blankToNull(draft.note()),
                                Timestamp.from(clock.instant()))
                        .query(Boolean.class).single();
                if (inserted) {
                    pushed++;
                } else {
                    updated++;
                }
            }
        }
        return new PushOutcome(pushed, updated);
    }

    /** What was pushed to a class the caller belongs to or administers, for a day. */
    @Transactional(readOnly = true)
    public ClassDay forClass(Scope scope, ClassId classId, LocalDate day) {
        // the roster answers 404 for a class outside the caller's reach
        SchoolClassView schoolClass = roster.roster(scope, classId).schoolClass();
        return new ClassDay(schoolClass, day, pushes("p.class_id = ? AND p.lesson_date = ?", classId.value(), day));
    }

    /** The classes the caller could push to (the ones they teach). */
    @Transactional(readOnly = true)
    public List<SchoolClassView> pushableClasses(Scope scope) {
        return roster.taughtClasses(scope);
    }

    /** A class's pushed resources for one day, for the classroom display. */
    public record ClassDay(SchoolClassView schoolClass, LocalDate day, List<ClassPushView> pushes) {
    }

    /** Pushes to the caller's classes (student, parent) or by the caller (teacher) from a day on, soonest first. */
    @Transactional(readOnly = true)
    public List<ClassPushView> mine(Scope scope, LocalDate from) {
        List<Long> classes = roster.myClasses(scope).stream().map(c -> c.id().value()).toList();
        return pushes("(p.class_id = ANY(CAST(? AS bigint[])) OR p.teacher_id = ?) AND p.lesson_date >= ?",
                classes.toArray(Long[]::new), scope.userId().value(), from);
    }

    private List<ClassPushView> pushes(String where, Object... params) {
        return jdbc.sql("SELECT p.id, p.resource_id, r.title, r.type, p.class_id, p.class_name, p.teacher_name, "
                        + "p.lesson_date, p.lesson, p.note, p.pushed_at FROM library.class_push p "
                        + "JOIN library.resource r ON r.id = p.resource_id WHERE r.status = 'PUBLISHED' AND " + where
                        + " ORDER BY p.lesson_date, p.lesson NULLS LAST, p.pushed_at LIMIT 200")
                .params(params)
                .query((rs, n) -> new ClassPushView(rs.getLong(1), ResourceId.of(rs.getLong(2)), rs.getString(3),
                        ResourceType.valueOf(rs.getString(4)), ClassId.of(rs.getLong(5)), rs.getString(6),
                        rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant()))
                .list();
    }

    private static String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

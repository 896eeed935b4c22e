package org.educloud.library.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.educloud.library.resources.Resource;
import org.educloud.library.search.ResourceSearch;
import org.educloud.records.LearningVerb;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A view or download of a resource: counted on the resource (what "most used" sorts by), counted for the school
 * of the person who used it (what the equity reports compare), and, when a student used it, published as a
 * learning activity for the learning record store ({@link StudentActivity}). Anonymous visitors are counted on the resource only.
 */
@Component
public class RecordingUsage {

    private static final java.util.Set<Role> SCHOOL_ROLES = java.util.Set.of(Role.TEACHER, Role.STUDENT,
            Role.SCHOOL_ADMIN, Role.PARENT);

    private final JdbcClient jdbc;
    private final ResourceSearch search;
    private final StudentActivity learning;
    private final Clock clock;

    RecordingUsage(JdbcClient jdbc, ResourceSearch search, StudentActivity learning, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.learning = learning;
        this.clock = clock;
    }

    public void viewed(@Nullable Scope scope, Resource resource) {
        jdbc.sql("UPDATE library.resource SET view_count = view_count + 1 WHERE id = ?").param(resource.id()).update();
        used(scope, resource, LearningVerb.VIEWED, "views");
    }

    public void downloaded(@Nullable Scope scope, Resource resource) {
        jdbc.sql("UPDATE library.resource SET download_count = download_count + 1 WHERE id = ?").param(resource.id())
                .update();
        used(scope, resource, LearningVerb.DOWNLOADED, "downloads");
    }

    private void used(@Nullable Scope scope, Resource resource, LearningVerb verb, String column) {
        long id = resource.id();
        search.changed(id);
        if (scope == null) {
            return;
        }
        school(scope).ifPresent(school -> count(school, id, column));
        learning.record(scope, resource, verb, null);
    }

    /** Per resource and day, and the school's totals per day and month: each an upsert of one row. */
    private void count(OrgPath school, long resourceId, String column) {
        LocalDate day = LocalDate.now(clock);
        long schoolId = school.ids().getLast().value();
        jdbc.sql("INSERT INTO library.daily_school_usage (day, school_id, school_path, resource_id, " + column
                        + ") VALUES (?, ?, ?, ?, 1) ON CONFLICT (day, school_id, resource_id) DO UPDATE SET "
                        + column + " = library.daily_school_usage." + column + " + 1")
                .params(day, schoolId, school.value(), resourceId).update();
        jdbc.sql("INSERT INTO library.school_day_usage (school_id, day, school_path, " + column + ") VALUES (?, ?, ?, 1) "
                        + "ON CONFLICT (school_id, day) DO UPDATE SET " + column + " = library.school_day_usage."
                        + column + " + 1")
                .params(schoolId, day, school.value()).update();
        jdbc.sql("INSERT INTO library.school_month_usage (school_id, month, school_path, " + column
                        + ") VALUES (?, ?, ?, 1) ON CONFLICT (school_id, month) DO UPDATE SET " + column
                        + " = library.school_month_usage." + column + " + 1")
                .params(schoolId, day.withDayOfMonth(1), school.value()).update();
    }

    /** The school the caller uses the library for: their first grant on a school (region › district › school). */
    private static Optional<OrgPath> school(Scope scope) {
        return scope.grants().stream().filter(g -> SCHOOL_ROLES.contains(g.role()) && g.path().depth() == 3)
                .map(Scope.Grant::path).findFirst();
    }
}

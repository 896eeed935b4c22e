package org.educloud.learning.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learning-space activity of the schools and classes under the caller's admin paths, for their home page. */
@Service
@Transactional(readOnly = true)
public class SummarisingActivity {

    private static final int CLASS_PAGE = 500;
    private static final int MAX_CLASS_PAGES = 20;

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final Clock clock;

    SummarisingActivity(JdbcClient jdbc, RosterDirectory roster, TenancyManagement tenancy, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Assignments due within the last {@code days} days (and those still open), by school and by class. */
    public ActivitySummary of(Scope scope, int days) {
        int period = Math.clamp(days, 1, 366);
        String[] likes = scope.adminPaths().stream().map(OrgPath::likePattern).toArray(String[]::new);
        if (likes.length == 0) {
            return new ActivitySummary(period, List.of(), List.of());
        }
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofDays(period)));
        record Work(long schoolId, long classId, String className, int assignments, long submitted, long graded) {
        }
        List<Work> work = jdbc.sql("""
                        SELECT a.school_id, a.class_id, a.class_name, count(*),
                            sum((SELECT count(DISTINCT s.student_id) FROM learning.submission s WHERE s.assignment_id = a.id)),
                            sum((SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id))
                        FROM learning.assignment a
                        WHERE a.status = 'PUBLISHED' AND a.school_path LIKE ANY(CAST(? AS text[])) AND a.due_at >= ?
                        GROUP BY a.school_id, a.class_id, a.class_name""")
                .params(likes, since)
                .query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                        rs.getLong(6)))
                .list();
        Map<Long, Integer> courses = new HashMap<>();
        jdbc.sql("SELECT school_id, count(*) FROM learning.course WHERE status = 'PUBLISHED' "
                        + "AND school_path LIKE ANY(CAST(? AS text[])) GROUP BY school_id")
                .param(likes).query(rs -> {
                    courses.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Long> classSizes = classSizes(scope);
        Map<OrgId, String> names = tenancy.names(work.stream().map(w -> OrgId.of(w.schoolId())).distinct().toList());
        List<ActivitySummary.Line> classes = new ArrayList<>();
        Map<Long, long[]> bySchool = new LinkedHashMap<>();
        for (Work w : work) {
            long expected = w.assignments() * classSizes.getOrDefault(w.classId(), 0L);
            String school = names.getOrDefault(OrgId.of(w.schoolId()), "—");
            classes.add(new ActivitySummary.Line(school, w.className(), 0, w.assignments(), expected, w.submitted(),
                    w.graded()));
            long[] total = bySchool.computeIfAbsent(w.schoolId(), id -> new long[4]);
            total[0] += w.assignments();
            total[1] += expected;
            total[2] += w.submitted();
            total[3] += w.graded();
        }
        List<ActivitySummary.Line> schools = new ArrayList<>();
        bySchool.forEach((id, t) -> schools.add(new ActivitySummary.Line(names.getOrDefault(OrgId.of(id), "—"), null,
                courses.getOrDefault(id, 0), (int) t[0], t[1], t[2], t[3])));
        schools.sort(java.util.Comparator.comparing(ActivitySummary.Line::schoolName));
        classes.sort(java.util.Comparator.comparing(ActivitySummary.Line::schoolName)
                .thenComparing(l -> String.valueOf(l.className())));
        return new ActivitySummary(period, schools, classes);
    }

    /** Current students per class in the caller's reach (the roster pages through at most 10,000 classes). */
    private Map<Long, Long> classSizes(Scope scope) {
        Map<Long, Long> sizes = new HashMap<>();
        PageSlice<SchoolClassView> slice;
        int page = 0;
        do {
            slice = roster.classes(scope, null, null, page++, CLASS_PAGE);
            slice.items().forEach(c -> sizes.put(c.id().value(), c.students()));
        } while (slice.hasNext() && page < MAX_CLASS_PAGES);
        return sizes;
    }
}

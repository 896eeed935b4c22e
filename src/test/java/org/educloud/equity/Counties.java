package org.educloud.equity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counties of the tests: schools registered under a bureau, with survey rows of the current year as given. */
public final class Counties {

    private static final AtomicInteger CODES = new AtomicInteger();
    private static final Scope ALL = Scope.installation();

    /** Entered figures of one school; {@link #complying} meets every 2017 primary minimum. */
    public record Figures(double teaching, double ground, double hall, double equipment, int multimedia, int computers,
                   int qualified, int backbone, int peArts) {

        public static Figures complying(int students) {
            return new Figures(5.0 * students, 8.0 * students, 0, 2500.0 * students,
                    (int) Math.ceil(students * 0.03), students / 10, (int) Math.ceil(students * 0.05),
                    (int) Math.ceil(students * 0.01), (int) Math.ceil(students * 0.01));
        }

        public Figures equipment(double value) {
            return new Figures(teaching, ground, hall, value, multimedia, computers, qualified, backbone, peArts);
        }

        public Figures multimedia(int rooms) {
            return new Figures(teaching, ground, hall, equipment, rooms, computers, qualified, backbone, peArts);
        }
    }

    private final TenancyManagement tenancy;
    private final JdbcClient jdbc;
    private final String year;

    public Counties(TenancyManagement tenancy, JdbcClient jdbc, String year) {
        this.tenancy = tenancy;
        this.jdbc = jdbc;
        this.year = year;
    }

    public OrgNodeView county(OrgId parent, String name) {
        return tenancy.registerBureau(ALL, parent, new BureauDraft(name + CODES.incrementAndGet(), null));
    }

    public OrgNodeView school(OrgNodeView county, Set<Stage> stages, boolean teachingPoint) {
        int n = CODES.incrementAndGet();
        return tenancy.registerSchool(ALL, county.id(), new SchoolDraft(county.name() + "第" + n + "校",
                String.format("391%07d", n), stages, Locality.RURAL, teachingPoint, null, null, null));
    }

    public void confirmed(OrgNodeView school, int primary, int junior, int books, Figures f) {
        survey(school, "CONFIRMED", primary, junior, books, f);
    }

    public void survey(OrgNodeView school, String status, int primary, int junior, int books, Figures f) {
        survey(school, year, status, primary, junior, books, f);
    }

    public void survey(OrgNodeView school, String schoolYear, String status, int primary, int junior, int books, Figures f) {
        int students = primary + junior;
        jdbc.sql("""
                        INSERT INTO equity.school_survey (school_id, school_path, school_year, status, teaching_area,
                          sports_ground_area, sports_hall_area, equipment_value, multimedia_classrooms, computers,
                          library_books, primary_students, junior_students, all_students, full_time_teachers,
                          teachers_college_or_above, teachers_bachelor_or_above, backbone_teachers, pe_arts_teachers,
                          intermediate_title_teachers, counted_at, entered_by, entered_by_name, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '测试', ?)""")
                .params(school.id().value(), school.path().value(), schoolYear, status, f.teaching(),
                        f.ground(), f.hall(), f.equipment(), f.multimedia(), f.computers(), books, primary, junior,
                        students, students / 15 + 1, f.qualified(), f.qualified(), f.backbone(), f.peArts(),
                        f.qualified() / 2, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();
    }
}

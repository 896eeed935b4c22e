package org.educloud.demo.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.educloud.demo.schools.DemoInstallation;
import org.educloud.equity.EquityFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Task;
import org.educloud.learning.Tasks;
import org.educloud.library.ResourceFilter;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceView;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@EduCloudTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    TenancyManagement tenancy;

    @Test
    void theDemoCityHasTwoDistrictsAndTwelveSchoolsAcrossUrbanTownAndRural() {
        Scope all = Scope.installation();
        var city = tenancy.search(all, new OrgQuery(DemoInstallation.CITY, OrgKind.REGION, null, null, null), 0, 1)
                .items().getFirst();
        var figures = tenancy.figures(all, city.id());
        assertThat(figures.districts()).isEqualTo(2);
        assertThat(figures.schools()).isEqualTo(12);
        assertThat(figures.schoolsIn(Locality.URBAN)).isPositive();
        assertThat(figures.schoolsIn(Locality.TOWN)).isPositive();
        assertThat(figures.schoolsIn(Locality.RURAL)).isPositive();
        assertThat(figures.teachingPoints()).isEqualTo(1);
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = tenancy.search(Scope.installation(), OrgQuery.all(), 0, 1).total();
        assertThat(loader.load()).isFalse();
        assertThat(tenancy.search(Scope.installation(), OrgQuery.all(), 0, 1).total()).isEqualTo(before);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Tasks tasks;

    @Test
    void theDemoStudentHasWorkInEachState() {
        long account = jdbc.sql("SELECT id FROM identity.account WHERE username = 'student.zhang'").query(Long.class)
                .single();
        Map<String, Task.State> states = tasks.of(identity.scopeOf(new UserId(account))).stream()
                .collect(Collectors.toMap(t -> t.assignment().title(), Task::state));
        assertThat(states).containsEntry("折纸找二分之一", Task.State.GRADED)
                .containsEntry("涂一涂：四分之三", Task.State.TO_DO)
                .containsEntry("周长分层练习（A 组）", Task.State.TO_DO);
    }

    @Autowired
    ResourceLibrary library;
    @Autowired
    RosterDirectory roster;
    @Autowired
    EquityFixture equity;

    /** The accounts of the demo's teachers, as SQL: data other test classes add is not the demo's. */
    private static final String DEMO_TEACHERS = "(SELECT id FROM identity.account WHERE username IN "
            + "('teacher.wang', 'teacher.li', 'teacher.chen', 'teacher.zhao'))";

    private Scope as(String username) {
        return identity.scopeOf(new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?")
                .param(username).query(Long.class).single()));
    }

    @Test
    void theLibraryHoldsDozensOfResourcesAcrossSubjectsInEveryStateOfReview() {
        Map<String, Long> states = jdbc.sql("SELECT status, count(*) FROM library.resource GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
        assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(30);
        assertThat(states).containsKeys("PUBLISHED", "SUBMITTED", "SCHOOL_APPROVED", "DRAFT");
        assertThat(jdbc.sql("SELECT count(DISTINCT subject) FROM library.resource").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM library.resource WHERE textbook_node_id IS NULL AND author_id IN "
                + DEMO_TEACHERS).query(Long.class).single()).as("every demo resource sits at a textbook lesson").isZero();
        // the public portal has something to show
        assertThat(library.list(null, ResourceFilter.all(), 0, 50).total()).isGreaterThanOrEqualTo(8);
        // each bureau and school has something waiting for its review
        assertThat(library.reviewQueue(as("qingshan.admin"), 0, 20).total()).isPositive();
        assertThat(library.reviewQueue(as("linjiang.admin"), 0, 20).total()).isPositive();
        assertThat(library.reviewQueue(as("city.admin"), 0, 20).total()).isPositive();
    }

    @Test
    void searchingFindsSeveralChineseFractionResourcesAndTheEnglishDescribedOnesByFraction() {
        Scope wang = as("teacher.wang");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(titles(library.search(wang, ResourceQuery.words("分数"), 0, 50).hits().items()
                    .stream().map(h -> h.resource()).toList())).hasSizeGreaterThanOrEqualTo(4);
            assertThat(titles(library.search(wang, ResourceQuery.words("fraction"), 0, 50).hits().items()
                    .stream().map(h -> h.resource()).toList()))
                    .contains("Fractions worksheet: halves, thirds and quarters 分数双语练习")
                    .hasSizeGreaterThanOrEqualTo(2);
        });
        // a rural school's own worksheet is not in the urban teacher's reach
        assertThat(titles(library.search(wang, ResourceQuery.words("口算"), 0, 50).hits().items()
                .stream().map(h -> h.resource()).toList())).doesNotContain("同分母分数加减法 口算练习");
    }

    private static List<String> titles(List<ResourceView> resources) {
        return resources.stream().map(ResourceView::title).toList();
    }

    @Test
    void theDemoClassesAreFullSizedAndEveryNameFitsItsGender() {
        for (String teacher : List.of("teacher.wang", "teacher.li")) {
            SchoolClassView taught = roster.taughtClasses(as(teacher)).getFirst();
            assertThat(roster.roster(as(teacher), taught.id()).students()).as(teacher + "'s class")
                    .hasSizeGreaterThanOrEqualTo(18);
        }
        assertThat(roster.roster(as("teacher.wang"), roster.taughtClasses(as("teacher.wang")).getFirst().id())
                .students()).hasSizeBetween(30, 45);
        Set<String> boys = Set.of("浩然", "宇轩", "俊杰", "博文", "明轩", "天佑", "思远", "子豪", "皓轩", "家乐", "睿泽",
                "一鸣", "梓睿", "宇航", "晨阳");
        Set<String> girls = Set.of("欣怡", "梓萱", "雨桐", "诗琪", "可馨", "佳怡", "语嫣", "子涵", "思彤", "若曦", "雅琪",
                "静怡", "梦瑶", "一诺", "紫涵");
        record Student(String name, String gender, String idNumber) {
        }
        List<Student> demoStudents = jdbc.sql("SELECT name, gender, id_number FROM roster.student "
                        + "WHERE student_number LIKE 'G3601%' AND id_number IS NOT NULL")
                .query((rs, n) -> new Student(rs.getString(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(st -> boys.contains(st.name().substring(1)) || girls.contains(st.name().substring(1)))
                .toList();
        assertThat(demoStudents).hasSizeGreaterThan(2000).allSatisfy(st -> {
            assertThat(st.gender()).as(st.name()).isEqualTo(boys.contains(st.name().substring(1)) ? "MALE" : "FEMALE");
            // the 17th digit of an ID number is odd for men and even for women
            assertThat((st.idNumber().charAt(16) - '0') % 2 == 1).as(st.name() + " " + st.idNumber())
                    .isEqualTo(st.gender().equals("MALE"));
        });
    }

    @Test
    void demoFeedbackAndAnswersArePlainText() {
        assertThat(jdbc.sql("SELECT count(*) FROM learning.grade WHERE grader_account IN " + DEMO_TEACHERS)
                .query(Long.class).single()).isGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM learning.grade WHERE feedback LIKE '%<%' AND grader_account IN "
                + DEMO_TEACHERS).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM learning.submission s JOIN learning.assignment a ON a.id = s.assignment_id"
                + " WHERE s.answer LIKE '%<%' AND a.teacher_account IN " + DEMO_TEACHERS).query(Long.class).single())
                .isZero();
    }

    @Test
    void bothDistrictsDigitalEquityPagesShowUseByTheirDemoSchools() {
        Scope qingshan = as("qingshan.admin");
        OrgId county = qingshan.grants().getFirst().path().ids().getLast();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            EquityFixture.DigitalUse rural = equity.digitalUse(qingshan, county, "青山县石门乡中心小学");
            assertThat(rural.uses()).isPositive();
            assertThat(rural.uploads()).isPositive();
            assertThat(rural.pushes()).isPositive();
            assertThat(rural.studentDays()).isPositive();
            assertThat(rural.submissionRate()).isNotNull().isPositive();
            assertThat(rural.gradingRate()).isNotNull().isPositive();
        });
        Scope linjiang = as("linjiang.admin");
        OrgId district = linjiang.grants().getFirst().path().ids().getLast();
        EquityFixture.DigitalUse shiyan = equity.digitalUse(linjiang, district, "江州市临江区实验小学");
        assertThat(shiyan.uses()).isPositive();
        assertThat(shiyan.studentDays()).isPositive();
    }

    @Test
    void theDemoParentAndHisSonsHeadTeacherHaveWrittenToEachOther() {
        UserId teacher = identity.accountNamed("teacher.wang").orElseThrow();
        UserId parent = identity.accountNamed("parent.zhang").orElseThrow();
        List<Long> authors = jdbc.sql("""
                        SELECT m.author FROM homeschool.message m JOIN homeschool.message_thread t ON t.id = m.thread_id
                        WHERE t.teacher = ? AND t.parent = ? ORDER BY m.id""")
                .params(teacher.value(), parent.value()).query(Long.class).list();
        assertThat(authors).hasSizeGreaterThanOrEqualTo(3)
                .startsWith(parent.value(), teacher.value(), parent.value());
    }
}

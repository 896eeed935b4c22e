package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey's roster counts take every enrolled student (DOMAIN: P_i = enrolled students), also those placed in no
 * homeroom class, and name them for the school (issue 25 item 2); the survey warns when the staff records lack what
 * the indicators need: no backbone level, no PE or arts specialist, every staff member full-time (item 1).
 */
@EduCloudTest
class SurveyCountsTest {

    private static final Scope ALL = Scope.installation();

    @Autowired
    Surveys surveys;
    @Autowired
    SchoolYears years;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ComputingBalance balance;

    private RosterRows rows() {
        return new RosterRows(jdbc, years);
    }

    private long student(OrgNodeView school, String name) {
        return rows().student(school, name);
    }

    private long homeroom(OrgNodeView school, int grade) {
        return rows().homeroom(school, grade);
    }

    private void enrol(long student, long schoolClass) {
        rows().enrol(student, schoolClass);
    }

    private void staff(OrgNodeView school, boolean fullTime, String backbone, String specialist) {
        rows().staff(school, fullTime, backbone, specialist);
    }

    @Test
    void enrolledStudentsWithoutAHomeroomClassAreCountedAndNamedForTheSchool() throws Exception {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "编班县");
        OrgNodeView primary = counties.school(county, Set.of(Stage.PRIMARY), false);
        long grade3 = homeroom(primary, 3);
        enrol(student(primary, "在班甲"), grade3);
        enrol(student(primary, "在班乙"), grade3);
        student(primary, "未编班丙");

        RosterCounts counts = surveys.of(ALL, primary.id(), years.current()).counts();
        assertThat(counts.allStudents()).isEqualTo(3);
        assertThat(counts.primaryStudents()).as("a primary-only school's unplaced student is a primary student")
                .isEqualTo(3);
        assertThat(counts.studentsWithoutHomeroom()).isEqualTo(1);
        assertThat(surveys.unplaced(ALL, primary.id(), 10)).extracting(u -> u.name()).containsExactly("未编班丙");

        OrgNodeView combined = counties.school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
        enrol(student(combined, "初二学生"), homeroom(combined, 8));
        student(combined, "年级不明");
        RosterCounts mixed = surveys.of(ALL, combined.id(), years.current()).counts();
        assertThat(mixed.allStudents()).as("every value is over the whole school's students").isEqualTo(2);
        assertThat(mixed.juniorStudents()).as("shared out as the placed students are: all of them junior")
                .isEqualTo(2);
        assertThat(mixed.primaryStudents()).isZero();

        var admin = authentication(fixture.as(fixture.regionAdmin()));
        Document page = Jsoup.parse(mvc.perform(get("/equity/surveys/{id}", primary.id().value()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#unplaced-students").text())
                .contains("1 名在籍学生没有编入行政班", "已按在籍学生计入全校及小学学生数", "未编班丙");
        assertThat(page.selectFirst("#without-homeroom").text()).isEqualTo("1");
    }

    @Test
    void unplacedStudentsCountInTheSchoolsCompulsoryStagesSharedByThePlacedOnesInASchoolOfBoth() {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "完全中学县");
        OrgNodeView fullMiddle = counties.school(county, Set.of(Stage.JUNIOR, Stage.SENIOR), false);
        enrol(student(fullMiddle, "高一学生"), homeroom(fullMiddle, 10));
        student(fullMiddle, "未编班初中生");
        RosterCounts middle = surveys.of(ALL, fullMiddle.id(), years.current()).counts();
        assertThat(middle.juniorStudents()).as("junior is a 完全中学's only compulsory stage").isEqualTo(1);

        OrgNodeView nineYear = counties.school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
        long grade2 = homeroom(nineYear, 2);
        for (int i = 0; i < 3; i++) {
            enrol(student(nineYear, "二年级" + i), grade2);
        }
        enrol(student(nineYear, "初一学生"), homeroom(nineYear, 7));
        for (int i = 0; i < 4; i++) {
            student(nineYear, "未编班" + i);
        }
        RosterCounts shared = surveys.of(ALL, nineYear.id(), years.current()).counts();
        assertThat(shared.primaryStudents()).as("3 of 4 placed are primary: 3 of the 4 unplaced").isEqualTo(6);
        assertThat(shared.juniorStudents()).isEqualTo(2);
        assertThat(shared.primaryStudents() + shared.juniorStudents()).isEqualTo(shared.allStudents());
        assertThat(shared.unapportioned()).isFalse();
        assertThat(RosterCounts.primaryShare(5, 1, 0, Set.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)))
                .isEqualTo(5);
    }

    @Test
    void aSchoolOfBothStagesWithNobodyPlacedIsNeverDroppedAsHavingNoStudents() throws Exception {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "未编班县");
        OrgNodeView imported = counties.school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
        for (int i = 0; i < 3; i++) {
            student(imported, "导入学生" + i);
        }
        RosterCounts live = surveys.of(ALL, imported.id(), years.current()).counts();
        assertThat(live.allStudents()).isEqualTo(3);
        assertThat(live.unapportioned()).as("nothing tells their stage").isTrue();
        var admin = authentication(fixture.as(fixture.regionAdmin()));
        Document page = Jsoup.parse(mvc.perform(get("/equity/surveys/{id}", imported.id().value()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#unplaced-students").text()).contains("3 名在籍学生没有编入行政班", "无法确定学段");

        OrgNodeView other = counties.school(county, Set.of(Stage.PRIMARY), false);
        counties.confirmed(other, 300, 0, 3000, Counties.Figures.complying(300));
        counties.confirmed(imported, 0, 0, 3000, Counties.Figures.complying(300));
        jdbc.sql("UPDATE equity.school_survey SET all_students = 300, students_without_homeroom = 300"
                + " WHERE school_id = ?").params(imported.id().value()).update();
        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(report.excluded()).singleElement().satisfies(x -> {
            assertThat(x.reason()).as("not 'no students'").isEqualTo("equity.excluded.stageUnknown");
            assertThat(x.students()).isEqualTo(300);
        });
        assertThat(report.verdict()).isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(report.verdictUndecidedBecause()).isEqualTo("equity.verdict.because.stageUnknown");
    }

    @Test
    void aTeachingPointWhoseFewStaffAllTeachIsNotWarnedAboutFullTimeTeachers() {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "教学点教职工县");
        OrgNodeView point = counties.school(county, Set.of(Stage.PRIMARY), true);
        enrol(student(point, "学生乙"), homeroom(point, 1));
        for (int i = 0; i < 3; i++) {
            staff(point, true, "COUNTY", "PE");
        }
        assertThat(surveys.of(ALL, point.id(), years.current()).counts().staffAttributeWarnings()).isEmpty();
    }

    @Test
    void theSurveyWarnsWhenStaffRecordsLackTheAttributesTheIndicatorsNeed() throws Exception {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "教职工县");
        OrgNodeView school = counties.school(county, Set.of(Stage.PRIMARY), false);
        enrol(student(school, "学生甲"), homeroom(school, 1));
        for (int i = 0; i < RosterCounts.FEWEST_STAFF_CHECKED; i++) {
            staff(school, true, "NONE", "NONE");
        }

        assertThat(surveys.of(ALL, school.id(), years.current()).counts().staffAttributeWarnings()).containsExactly(
                "equity.survey.attributes.noBackbone", "equity.survey.attributes.noSpecialists",
                "equity.survey.attributes.allFullTime");
        var admin = authentication(fixture.as(fixture.regionAdmin()));
        Document page = Jsoup.parse(mvc.perform(get("/equity/surveys/{id}", school.id().value()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#staff-attributes li")).hasSize(3);
        assertThat(page.selectFirst("#staff-attributes").text()).contains("全部 10 名在职教职工都记为专任教师");

        staff(school, false, "NONE", "NONE");
        staff(school, true, "COUNTY", "PE");
        assertThat(surveys.of(ALL, school.id(), years.current()).counts().staffAttributeWarnings())
                .as("an aide who is not a teacher, a backbone PE teacher: nothing left to warn about").isEmpty();
    }
}

package org.educloud.assessment.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.assessment.ExamFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An exam of two classes of a grade, scores entered by the class's teacher and the school's admin: the figures
 * the analysis gives (worked out by hand), the all-or-nothing import, and who sees what.
 */
@EduCloudTest
class ExamScoresTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    ExamFixture examFixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Exams exams;
    @Autowired
    ScoreEntry entry;
    @Autowired
    ScoreAnalysis analysis;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A fresh exam of grade 5 with 语文 (100) and 数学 (120); 甲班 taught by its own teacher, 乙班 by nobody. */
    record World(long exam, long first, long second, SchooldayFixture.Teacher teacher, UserId parent, String tag,
                 Map<String, Long> students) {

        long id(String name) {
            return students.get(name);
        }
    }

    private World world() {
        TenantFixture.Side a = tenants.a();
        String tag = "T" + UNIQUE.incrementAndGet();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, "成绩老师" + tag);
        long first = schoolday.newClass(a, "成绩甲班", teacher.staffId());
        long second = schoolday.newClass(a, "成绩乙班", null);
        UserId parent = schoolday.newParent(a);
        Map<String, Long> students = new HashMap<>();
        students.put("甲一", schoolday.newStudent(a, first, "甲一" + tag, parent));
        for (String name : List.of("甲二", "甲三", "甲四")) {
            students.put(name, schoolday.newStudent(a, first, name + tag, null));
        }
        for (String name : List.of("乙一", "乙二")) {
            students.put(name, schoolday.newStudent(a, second, name + tag, null));
        }
        long exam = exams.define(admin(), a.school().id().value(), new ExamDraft("期中考试" + tag,
                LocalDate.of(2026, 11, 10), schoolday.termId(a), 5,
                List.of(new ExamSubject("语文", 100), new ExamSubject("数学", 120)), 60, 85));
        return new World(exam, first, second, teacher, parent, tag, students);
    }

    private Scope admin() {
        return identity.scopeOf(tenants.a().person(Role.SCHOOL_ADMIN));
    }

    private Scope as(UserId user) {
        return identity.scopeOf(user);
    }

    /**
     * 甲班: 甲一 90/100, 甲二 80/缺考, 甲三 80/72, 甲四 —/60 (语文 not entered); 乙班: 乙一 70/108, 乙二 缺考/缺考.
     */
    private void enterScores(World w) {
        assertThat(entry.save(as(w.teacher().account()), w.exam(), w.first(), Map.of(
                w.id("甲一"), Map.of("语文", "90", "数学", "100"),
                w.id("甲二"), Map.of("语文", "80", "数学", "缺考"),
                w.id("甲三"), Map.of("语文", "80", "数学", "72"),
                w.id("甲四"), Map.of("语文", "", "数学", "60")))).isEmpty();
        assertThat(entry.save(admin(), w.exam(), w.second(), Map.of(
                w.id("乙一"), Map.of("语文", "70", "数学", "108"),
                w.id("乙二"), Map.of("语文", "缺考", "数学", "缺考")))).isEmpty();
    }

    @Test
    void theAnalysisGivesTheFiguresWorkedOutByHandWithAbsenteesApart() {
        World w = world();
        enterScores(w);
        ExamReport report = analysis.report(admin(), w.exam());

        ScoreSummary chinese = report.grade().figures().get(0);
        assertThat(chinese.sat()).isEqualTo(4);
        assertThat(chinese.absent()).isEqualTo(1);
        assertThat(chinese.mean()).isEqualTo(80.0);
        assertThat(chinese.median()).isEqualTo(80.0);
        assertThat(chinese.passRate()).isEqualTo(1.0);
        assertThat(chinese.excellentRate()).isEqualTo(0.25);
        assertThat(chinese.standardDeviation()).isCloseTo(Math.sqrt(50), within(1e-9));

        // 数学 of 120: pass line 72 (which 甲三 reaches exactly), excellence line 102
        ScoreSummary maths = report.grade().figures().get(1);
        assertThat(maths.sat()).isEqualTo(4);
        assertThat(maths.absent()).isEqualTo(2);
        assertThat(maths.mean()).isEqualTo(85.0);
        assertThat(maths.passRate()).isEqualTo(0.75);
        assertThat(maths.excellentRate()).isEqualTo(0.25);

        // a total only for those who sat both: 甲一 190, 乙一 178, 甲三 152
        ScoreSummary total = report.grade().figures().get(2);
        assertThat(total.sat()).isEqualTo(3);
        assertThat(total.highest()).isEqualTo(190.0);
        assertThat(report.columns().get(2).lines()).isEqualTo(new Lines(220, 132, 187));
        Map<String, ExamReport.StudentLine> lines = new HashMap<>();
        report.students().forEach(l -> lines.put(l.name().replace(w.tag(), ""), l));
        assertThat(lines.get("甲一").gradeRank()).isEqualTo(1);
        assertThat(lines.get("乙一").gradeRank()).isEqualTo(2);
        assertThat(lines.get("乙一").classRank()).isEqualTo(1);
        assertThat(lines.get("甲三").gradeRank()).isEqualTo(3);
        assertThat(lines.get("甲三").classRank()).isEqualTo(2);
        assertThat(lines.get("甲二").gradeRank()).isNull();
        assertThat(lines.get("甲二").scores()).containsExactly("80", "缺考");
        assertThat(lines.get("甲四").scores()).containsExactly("", "60");
        assertThat(report.classes()).hasSize(2);

        ExamReport teacher = analysis.report(as(w.teacher().account()), w.exam());
        assertThat(teacher.students()).extracting(ExamReport.StudentLine::classId).containsOnly(w.first());
        assertThat(teacher.classes()).hasSize(2);
        assertThatThrownBy(() -> entry.save(as(w.teacher().account()), w.exam(), w.second(),
                Map.of(w.id("乙一"), Map.of("语文", "100")))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aBadCellChangesNothingAndNamesTheProblem() throws Exception {
        World w = world();
        List<?> problems = entry.save(as(w.teacher().account()), w.exam(), w.first(), Map.of(
                w.id("甲一"), Map.of("语文", "95", "数学", "-3"),
                w.id("甲二"), Map.of("语文", "101", "数学", "abc")));
        assertThat(problems).hasSize(3);
        assertThat(analysis.report(admin(), w.exam()).anyScores()).isFalse();
    }

    @Test
    void anImportWithTextInAScoreCellOrAStudentOfAnotherClassChangesNothing() throws Exception {
        World w = world();
        byte[] workbook = workbook(new String[][] {
                {"姓名", "语文", "数学"},
                {"甲一" + w.tag(), "九十", "100"},
                {"乙一" + w.tag(), "70", "70"},
                {"甲三" + w.tag(), "130", "50"},
                {"甲三" + w.tag(), "60", "60"},
                {"甲四" + w.tag(), "88", "60"}});
        MockHttpServletResponse refused = upload(w, "scores.xlsx", workbook);
        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("九十").contains("这不是分数").contains("没有这名学生").contains("超过了满分")
                .contains("已经出现过");
        assertThat(analysis.report(admin(), w.exam()).anyScores()).as("all or nothing").isFalse();

        MockHttpServletResponse applied = upload(w, "scores.csv", ("姓名,语文,数学\n甲一" + w.tag() + ",88,缺考\n甲四"
                + w.tag() + ",,60\n").getBytes(StandardCharsets.UTF_8));
        assertThat(applied.getStatus()).isEqualTo(200);
        ExamReport report = analysis.report(admin(), w.exam());
        assertThat(report.students()).filteredOn(l -> l.name().equals("甲一" + w.tag())).singleElement()
                .satisfies(l -> assertThat(l.scores()).containsExactly("88", "缺考"));
        assertThat(report.students()).filteredOn(l -> l.name().equals("甲四" + w.tag())).singleElement()
                .satisfies(l -> assertThat(l.scores()).containsExactly("", "60"));

        MockHttpServletResponse english = mvc.perform(multipart("/assessment/exams/" + w.exam() + "/classes/"
                        + w.first() + "/import").file(new MockMultipartFile("file", "s.csv", "text/csv",
                        ("姓名,语文\n甲一" + w.tag() + ",ninety\n").getBytes(StandardCharsets.UTF_8)))
                .cookie(new jakarta.servlet.http.Cookie("educloud-lang", "en"))
                .with(authentication(tenants.as(w.teacher().account()))).with(csrf())).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("This is not a score");
    }

    @Test
    void aWorkbookWithTheSchoolsFullStudentNumbersMatchesTheRosterThoughTheRosterShowsThemMasked() throws Exception {
        World w = world();
        String first = jdbc.sql("select student_number from roster.student where id = ?").param(w.id("甲一"))
                .query(String.class).single();
        String third = jdbc.sql("select student_number from roster.student where id = ?").param(w.id("甲三"))
                .query(String.class).single();

        MockHttpServletResponse applied = upload(w, "scores.csv",
                ("学号,语文\n" + first + ",91\n" + third + ",77\n").getBytes(StandardCharsets.UTF_8));

        assertThat(applied.getStatus()).isEqualTo(200);
        assertThat(analysis.report(admin(), w.exam()).students())
                .filteredOn(l -> l.name().equals("甲一" + w.tag()) || l.name().equals("甲三" + w.tag()))
                .extracting(l -> l.scores().getFirst()).containsExactlyInAnyOrder("91", "77");
    }

    @Test
    void aParentSeesOnlyTheirOwnChildAndNoRanksUnlessTheSchoolShowsThem() throws Exception {
        World w = world();
        enterScores(w);
        ExamReport report = analysis.report(as(w.parent()), w.exam());
        assertThat(report.students()).extracting(ExamReport.StudentLine::name).containsExactly("甲一" + w.tag());
        assertThat(report.ranksShown()).isFalse();
        assertThat(report.students().getFirst().classRank()).isNull();
        assertThat(report.classes()).extracting(ExamReport.Group::classId).containsExactly(w.first());
        assertThat(report.classes().getFirst().figures().getFirst().mean()).isCloseTo(250 / 3.0, within(1e-9));
        assertThat(report.classes().getFirst().figures().getFirst().highest()).as("only the mean").isNull();
        assertThat(report.grade().figures().getFirst().mean())
                .as("语文: one sat outside 甲班, whose score the grade's mean less 甲班's would give").isNull();
        String json = mvc.perform(get("/api/v1/assessment/exams/" + w.exam() + "/analysis")
                .with(authentication(tenants.asTokenHolder(w.parent())))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("甲一" + w.tag()).doesNotContain("甲三" + w.tag()).doesNotContain("\"classRank\":1");
        String page = page(w.parent(), "/assessment/exams/" + w.exam());
        assertThat(page).contains("甲一" + w.tag()).doesNotContain("甲三" + w.tag()).doesNotContain("乙一" + w.tag())
                .doesNotContain("班级排名");

        long school = tenants.a().school().id().value();
        try {
            exams.showRanksToFamilies(admin(), school, true);
            ExamReport shown = analysis.report(as(w.parent()), w.exam());
            assertThat(shown.students().getFirst().classRank()).isEqualTo(1);
            assertThat(shown.students().getFirst().gradeRank()).isEqualTo(1);
            assertThat(page(w.parent(), "/assessment/exams/" + w.exam())).contains("班级排名")
                    .doesNotContain("甲三" + w.tag());
        } finally {
            exams.showRanksToFamilies(admin(), school, false);
        }
        assertThatThrownBy(() -> exams.showRanksToFamilies(as(w.teacher().account()), school, true))
                .isInstanceOf(RuntimeException.class);
        int other = mvc.perform(get("/assessment/exams/" + w.exam())
                        .with(authentication(tenants.as(tenants.a().person(Role.PARENT)))))
                .andReturn().getResponse().getStatus();
        assertThat(other).as("a parent whose child did not sit it").isEqualTo(404);
    }

    @Test
    void aBureauSeesGroupFiguresWithSmallGroupsReducedToCounts() {
        World w = world();
        enterScores(w);
        ExamReport report = analysis.report(as(tenants.a().person(Role.DISTRICT_ADMIN)), w.exam());
        assertThat(report.students()).isEmpty();
        ExamReport.Group second = report.classes().stream().filter(g -> g.classId() == w.second()).findFirst()
                .orElseThrow();
        assertThat(second.countsOnly()).isTrue();
        assertThat(second.figures().getFirst().sat()).isEqualTo(1);
        assertThat(second.figures().getFirst().mean()).isNull();
        // a class reduced to counts reduces the grade to counts as well: the grade's sum less the other classes' sums
        // would give the hidden class's (乙一's 70 = 4 × 80 less 甲班's 3 × 83.3)
        assertThat(report.grade().countsOnly()).isTrue();
        assertThat(report.grade().figures().getFirst().sat()).isEqualTo(4);
        assertThat(report.grade().figures().getFirst().mean()).isNull();
    }

    @Test
    void noOneOfSchoolAReadsOrWritesSchoolBsExam() throws Exception {
        TenantFixture.Side a = tenants.a();
        TenantFixture.Side b = tenants.b();
        long exam = examFixture.examOf(b);
        for (Role role : List.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.PARENT, Role.STUDENT, Role.DISTRICT_ADMIN)) {
            var caller = authentication(tenants.as(a.person(role)));
            assertThat(mvc.perform(get("/assessment/exams/" + exam).with(caller)).andReturn().getResponse()
                    .getStatus()).as(role + " page").isEqualTo(404);
            assertThat(mvc.perform(get("/assessment/exams/" + exam + "/analysis.xlsx").with(caller)).andReturn()
                    .getResponse().getStatus()).as(role + " workbook").isEqualTo(404);
            assertThat(mvc.perform(post("/assessment/exams/" + exam + "/classes/" + b.classId() + "/scores")
                    .param("s_" + b.studentId() + "_0", "99").with(caller).with(csrf())).andReturn().getResponse()
                    .getStatus()).as(role + " entry").isEqualTo(404);
            assertThat(page(a.person(role), "/assessment/exams")).doesNotContain(b.school().name() + "月考");
        }
        MockHttpServletResponse api = mvc.perform(get("/api/v1/assessment/exams/" + exam + "/analysis")
                .with(authentication(tenants.asTokenHolder(a.person(Role.TEACHER))))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThatThrownBy(() -> analysis.report(as(a.person(Role.TEACHER)), exam))
                .isInstanceOf(NotFoundException.class);
        assertThat(analysis.report(as(b.person(Role.SCHOOL_ADMIN)), exam).exam().id()).isEqualTo(exam);
    }

    @Test
    void aSchoolAdminDefinesAnExamWithItsLinesAndBadFormsAreRefused() throws Exception {
        TenantFixture.Side a = tenants.a();
        var admin = authentication(tenants.as(a.person(Role.SCHOOL_ADMIN)));
        MockHttpServletResponse bad = mvc.perform(post("/assessment/exams").with(admin).with(csrf())
                .param("schoolId", String.valueOf(a.school().id().value()))
                .param("termId", String.valueOf(schoolday.termId(a))).param("name", "单元测验")
                .param("heldOn", "2026-12-01").param("grade", "5").param("subjects", "语文 很多"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("看不懂这一行");
        MockHttpServletResponse made = mvc.perform(post("/assessment/exams").with(admin).with(csrf())
                .param("schoolId", String.valueOf(a.school().id().value()))
                .param("termId", String.valueOf(schoolday.termId(a))).param("name", "单元测验")
                .param("heldOn", "2026-12-01").param("grade", "5").param("subjects", "语文 100\n英语：150")
                .param("passPercent", "50").param("excellentPercent", "90")).andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(302);
        long id = Long.parseLong(made.getRedirectedUrl().replaceAll("\\D", ""));
        ExamView exam = exams.readable(admin(), id);
        assertThat(exam.subjects()).containsExactly(new ExamSubject("语文", 100), new ExamSubject("英语", 150));
        assertThat(exam.lines(exam.subjects().get(1))).isEqualTo(new Lines(150, 75, 135));
        int teacher = mvc.perform(post("/assessment/exams").with(authentication(tenants.as(a.person(Role.TEACHER))))
                .with(csrf()).param("schoolId", String.valueOf(a.school().id().value())).param("termId", "1")
                .param("name", "x").param("heldOn", "2026-12-01").param("grade", "5").param("subjects", "语文"))
                .andReturn().getResponse().getStatus();
        assertThat(teacher).isIn(403, 404);
    }

    @Test
    void aSubjectTeacherEntersOnlyTheSubjectTheTimetableGivesThemAndTheHeadTeacherEntersAll() throws Exception {
        World w = world();
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher math = schoolday.newTeacherWithAccount(a, "数学老师" + w.tag());
        schoolday.lesson(admin(), w.second(), 1, SchooldayFixture.FIRST, "数学", math.staffId());
        schoolday.lesson(admin(), w.first(), 2, SchooldayFixture.FIRST, "数学", math.staffId());
        Scope teacher = as(math.account());

        assertThat(entry.save(teacher, w.exam(), w.second(), Map.of(w.id("乙一"), Map.of("数学", "99")))).isEmpty();
        assertThatThrownBy(() -> entry.save(teacher, w.exam(), w.second(), Map.of(w.id("乙一"), Map.of("语文", "80"))))
                .as("语文 is not theirs in 乙班").isInstanceOf(ForbiddenException.class);
        assertThat(entry.sheet(teacher, w.exam(), w.second()).editable()).containsExactly("数学");
        String sheet = page(math.account(), "/assessment/exams/" + w.exam() + "/classes/" + w.second() + "/scores");
        assertThat(sheet).containsPattern("name=\"s_" + w.id("乙一") + "_0\"[^>]*disabled")
                .doesNotContainPattern("name=\"s_" + w.id("乙一") + "_1\"[^>]*disabled");

        MockHttpServletResponse imported = mvc.perform(multipart("/assessment/exams/" + w.exam() + "/classes/"
                        + w.second() + "/import").file(new MockMultipartFile("file", "s.csv", "text/csv",
                        ("姓名,语文,数学\n乙一" + w.tag() + ",80,98\n").getBytes(StandardCharsets.UTF_8)))
                .with(authentication(tenants.as(math.account()))).with(csrf())).andReturn().getResponse();
        assertThat(imported.getStatus()).isEqualTo(422);
        assertThat(imported.getContentAsString(StandardCharsets.UTF_8)).contains("不是您在本班任教的科目");
        assertThat(analysis.report(admin(), w.exam()).students()).filteredOn(l -> l.name().equals("乙一" + w.tag()))
                .singleElement().satisfies(l -> assertThat(l.scores()).as("all or nothing").containsExactly("", "99"));

        int otherSubjectOnly = mvc.perform(post("/assessment/exams/" + w.exam() + "/classes/" + w.second() + "/scores")
                        .param("s_" + w.id("乙一") + "_0", "80")
                        .with(authentication(tenants.as(math.account()))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(otherSubjectOnly).isEqualTo(403);
        assertThat(entry.save(as(w.teacher().account()), w.exam(), w.first(),
                Map.of(w.id("甲一"), Map.of("语文", "90", "数学", "100")))).as("甲班's head teacher enters every subject")
                .isEmpty();
    }

    @Test
    void aTeacherWithNoneOfTheExamsSubjectsInTheClassIsRefused() {
        World w = world();
        SchooldayFixture.Teacher music = schoolday.newTeacherWithAccount(tenants.a(), "音乐老师" + w.tag());
        schoolday.lesson(admin(), w.second(), 3, SchooldayFixture.FIRST, "音乐", music.staffId());
        assertThatThrownBy(() -> entry.sheet(as(music.account()), w.exam(), w.second()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("notYourSubject");
    }

    private MockHttpServletResponse upload(World w, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/assessment/exams/" + w.exam() + "/classes/" + w.first() + "/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(authentication(tenants.as(w.teacher().account()))).with(csrf())).andReturn().getResponse();
    }

    private String page(UserId user, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(tenants.as(user)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("成绩");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (r > 0 && c > 0 && rows[r][c].matches("\\d+")) {
                    sheet.value(r, c, Integer.parseInt(rows[r][c]));
                } else {
                    sheet.value(r, c, rows[r][c]);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}

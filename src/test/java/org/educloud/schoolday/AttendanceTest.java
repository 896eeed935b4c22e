package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.educloud.schoolday.SchooldayFixture.SECOND;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.schoolday.attendance.LeaveRequests;
import org.educloud.schoolday.attendance.Mark;
import org.educloud.schoolday.attendance.MarkInput;
import org.educloud.schoolday.attendance.RollLine;
import org.educloud.schoolday.attendance.Rolls;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class AttendanceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Rolls rolls;
    @Autowired
    LeaveRequests leave;
    @Autowired
    Timetables timetables;
    @Autowired
    AttendanceFigures figures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadTeachersRollIsAllPresentByDefaultAndParentsOfAnAbsentChildAreToldOnceThatDay() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "点名班", own.staffId());
        long absent = schoolday.newStudent(a, schoolClass, "缺勤生", parent);
        long present = schoolday.newStudent(a, schoolClass, "出勤生", null);
        Scope head = schoolday.as(own.account());

        assertThat(rolls.sheet(head, schoolClass, TODAY, 0).lines()).extracting(RollLine::mark)
                .containsOnly(Mark.PRESENT);
        long before = absences(parent);
        String page = mvc.perform(post("/schoolday/classes/" + schoolClass + "/roll").param("date", TODAY.toString())
                        .param("mark_" + absent, "ABSENT").param("reason_" + absent, "")
                        .with(authentication(tenants.as(own.account()))).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).contains("told=1");
        assertThat(absences(parent)).isEqualTo(before + 1);
        assertThat(rolls.take(head, schoolClass, TODAY, FIRST, Map.of(absent, new MarkInput(Mark.ABSENT, null))))
                .as("told once a day").isZero();

        List<RollLine> taken = rolls.sheet(head, schoolClass, TODAY, 0).lines();
        assertThat(taken).filteredOn(l -> l.studentId() == absent).extracting(RollLine::mark).containsExactly(Mark.ABSENT);
        assertThat(taken).filteredOn(l -> l.studentId() == present).extracting(RollLine::mark).containsExactly(Mark.PRESENT);
    }

    @Test
    void aPeriodsTeacherTakesTheRollOfTheirPeriodOnly() {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        long head = schoolday.newTeacher(a, "别班主任", null);
        long schoolClass = schoolday.newClass(a, "任课班", head);
        schoolday.newStudent(a, schoolClass, "任课生", null);
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), schoolClass,
                new LessonDraft(TODAY.getDayOfWeek().getValue(), FIRST, "语文", own.staffId(), null));
        Scope teacher = schoolday.as(own.account());

        assertThat(rolls.take(teacher, schoolClass, TODAY, FIRST, Map.of())).isZero();
        assertThatThrownBy(() -> rolls.sheet(teacher, schoolClass, TODAY, SECOND)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rolls.sheet(teacher, schoolClass, TODAY, 0)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aClassOneDoesNotTeachAnswers404AndItsParentsMayNotTakeTheRoll() throws Exception {
        TenantFixture.Side a = tenants.a();
        long stranger = schoolday.newClass(a, "陌生班", null);
        int notTaught = mvc.perform(get("/schoolday/classes/" + stranger + "/roll")
                        .with(authentication(tenants.as(a.person(Role.TEACHER)))))
                .andReturn().getResponse().getStatus();
        int otherDistrict = mvc.perform(post("/schoolday/classes/" + tenants.b().classId() + "/roll")
                        .param("date", TODAY.toString()).with(authentication(tenants.as(a.person(Role.TEACHER))))
                        .with(csrf()))
                .andReturn().getResponse().getStatus();
        int parent = mvc.perform(post("/schoolday/classes/" + a.classId() + "/roll").param("date", TODAY.toString())
                        .with(authentication(tenants.as(a.person(Role.PARENT)))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(notTaught).isEqualTo(404);
        assertThat(otherDistrict).isEqualTo(404);
        assertThat(parent).isEqualTo(403);
    }

    @Test
    void aParentRequestsLeaveTheHeadTeacherApprovesAndTheRollShowsLeaveWithoutTellingThem() {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        UserId parentAccount = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "请假班", own.staffId());
        long child = schoolday.newStudent(a, schoolClass, "请假生", parentAccount);
        Scope parent = schoolday.as(parentAccount);
        Scope head = schoolday.as(own.account());

        long request = leave.request(parent, child, TODAY, TODAY.plusDays(1), "发烧，去医院");
        assertThat(leave.waiting(head)).extracting(r -> r.id()).contains(request);
        assertThatThrownBy(() -> leave.decide(parent, request, true)).isInstanceOf(ForbiddenException.class);
        leave.decide(head, request, true);

        RollLine line = rolls.sheet(head, schoolClass, TODAY, 0).lines().getFirst();
        assertThat(line.mark()).isEqualTo(Mark.LEAVE);
        assertThat(line.reason()).isEqualTo("发烧，去医院");
        long before = absences(parentAccount);
        assertThat(rolls.take(head, schoolClass, TODAY, 0, Map.of(child, new MarkInput(Mark.ABSENT, null)))).isZero();
        assertThat(absences(parentAccount)).isEqualTo(before);
    }

    @Test
    void noLeaveForSomeoneElsesChild() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        long schoolClass = schoolday.newClass(a, "别人孩子班", own.staffId());
        long someoneElses = schoolday.newStudent(a, schoolClass, "别人的孩子", null);
        Scope parent = schoolday.as(a.person(Role.PARENT));
        assertThatThrownBy(() -> leave.request(parent, someoneElses, TODAY, TODAY, "事假"))
                .isInstanceOf(NotFoundException.class);
        int status = mvc.perform(post("/schoolday/leave").param("student", String.valueOf(tenants.b().studentId()))
                        .param("firstDay", TODAY.toString()).param("lastDay", TODAY.toString()).param("reason", "事假")
                        .with(authentication(tenants.as(a.person(Role.PARENT)))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }

    @Test
    void theSchoolSeesDailyRatesByClassAndChronicAbsenceIsAnswered() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        long schoolClass = schoolday.newClass(a, "出勤率班", own.staffId());
        long often = schoolday.newStudent(a, schoolClass, "常缺勤", null);
        long always = schoolday.newStudent(a, schoolClass, "全勤生", null);
        Scope head = schoolday.as(own.account());
        for (int back = 1; back <= 4; back++) {
            Map<Long, MarkInput> marks = back <= 2 ? Map.of(often, new MarkInput(Mark.ABSENT, null)) : Map.of();
            rolls.take(head, schoolClass, TODAY.minusDays(back), 0, marks);
        }

        String page = mvc.perform(get("/schoolday/schools/" + a.school().id().value() + "/attendance")
                        .param("date", TODAY.minusDays(1).toString())
                        .with(authentication(tenants.as(a.person(Role.SCHOOL_ADMIN)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("出勤率班").contains("50.0%");

        List<ChronicAbsence> chronic = figures.chronicAbsence(schoolday.as(a.person(Role.SCHOOL_ADMIN)),
                a.school().path(), TODAY.minusDays(10), TODAY, AttendanceFigures.CHRONIC_SHARE);
        assertThat(chronic).extracting(ChronicAbsence::student).contains(StudentId.of(often))
                .doesNotContain(StudentId.of(always));
        ChronicAbsence found = chronic.stream().filter(c -> c.student().equals(StudentId.of(often))).findFirst().orElseThrow();
        assertThat(found.schoolClass()).isEqualTo(ClassId.of(schoolClass));
        assertThat(found.share()).isEqualTo(0.5);
        assertThat(figures.chronicAbsence(schoolday.as(a.person(Role.PARENT)), a.school().path(), TODAY.minusDays(10),
                TODAY, AttendanceFigures.CHRONIC_SHARE)).as("a parent leads no class and runs no school").isEmpty();
    }

    private long absences(UserId parent) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND kind = 'ABSENCE'")
                .param(parent.value()).query(Long.class).single();
    }
}

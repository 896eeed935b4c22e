package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.educloud.schoolday.attendance.LeaveRequests;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With real school-day data in district B (a timetable, a leave request): a teacher of school A never sees or
 * changes any of it, and a parent sees only their own child.
 */
@EduCloudTest
class SchooldayIsolationTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Timetables timetables;
    @Autowired
    LeaveRequests leave;
    @Autowired
    MockMvc mvc;

    @Test
    void aTeacherOfSchoolANeverSeesSchoolB() throws Exception {
        TenantFixture.Side a = tenants.a();
        TenantFixture.Side b = tenants.b();
        schoolday.bells(b);
        timetables.setLesson(schoolday.as(b.person(Role.SCHOOL_ADMIN)), b.classId(),
                new LessonDraft(TODAY.getDayOfWeek().getValue(), FIRST, "乙县语文", null, "乙县教室"));
        long request = leave.request(schoolday.as(b.person(Role.PARENT)), b.studentId(), TODAY, TODAY, "乙县事假");

        for (Role role : List.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.PARENT, Role.DISTRICT_ADMIN)) {
            var caller = authentication(tenants.as(a.person(role)));
            assertThat(mvc.perform(get("/schoolday/classes/" + b.classId() + "/timetable").with(caller))
                    .andReturn().getResponse().getStatus()).as(role + " timetable").isIn(403, 404);
            assertThat(mvc.perform(post("/schoolday/leave/" + request + "/decision").param("approve", "true")
                    .with(caller).with(csrf())).andReturn().getResponse().getStatus()).as(role + " leave").isIn(403, 404);
            for (String page : List.of("/schoolday/timetable", "/schoolday/today", "/schoolday/attendance")) {
                String body = mvc.perform(get(page).with(caller)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).as(role + " " + page).doesNotContain("乙县语文").doesNotContain("乙县事假")
                        .doesNotContain(b.school().name());
            }
        }
        assertThatThrownBy(() -> leave.decide(schoolday.as(a.person(Role.TEACHER)), request, true))
                .isInstanceOf(NotFoundException.class);
        assertThat(leave.waiting(schoolday.as(b.person(Role.TEACHER)))).extracting(r -> r.id()).contains(request);
    }

    @Test
    void aParentSeesOnlyTheirOwnChild() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        long schoolClass = schoolday.newClass(a, "家长班", own.staffId());
        long classmate = schoolday.newStudent(a, schoolClass, "同班同学", null);
        String page = mvc.perform(get("/schoolday/attendance").with(authentication(tenants.as(a.person(Role.PARENT)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(a.school().name() + "学生").doesNotContain("同班同学");
        int status = mvc.perform(get("/schoolday/classes/" + schoolClass + "/roll")
                        .with(authentication(tenants.as(a.person(Role.PARENT)))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
        assertThatThrownBy(() -> leave.request(schoolday.as(a.person(Role.PARENT)), classmate, TODAY, TODAY, "事假"))
                .isInstanceOf(NotFoundException.class);
    }
}

package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.educloud.schoolday.SchooldayFixture.LUNCH;
import static org.educloud.support.Drafts.anAssignment;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An assignment set in a period: tied by the class's teacher, shown in the class's timetable and on the family's today. */
@EduCloudTest
class WorkInPeriodsTest {


    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Timetables timetables;
    @Autowired
    Assignments assignments;
    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;

    @Test
    void theTeacherTiesAnAssignmentToTheirPeriodAndTheTimetableAndTheFamilysTodayShowIt() throws Exception {
        // the installation's today, which "today" pages use (the test JVM's zone may be a day behind)
        LocalDate today = LocalDate.now(clock);
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, "课上作业老师");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "课上作业班", null);
        schoolday.newStudent(a, schoolClass, "课上作业生", parent);
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), schoolClass,
                new LessonDraft(today.getDayOfWeek().getValue(), FIRST, "数学", teacher.staffId(), null));
        AssignmentId work = assignments.set(schoolday.as(teacher.account()), anAssignment().forClass(schoolClass)
                .titled("课堂练习：分数加减").open(today.atStartOfDay().plusMinutes(1), LocalDateTime.now().plusDays(2))
                .build()).getFirst();
        assignments.publish(schoolday.as(teacher.account()), work);

        String before = page(teacher.account(), "/schoolday/classes/" + schoolClass + "/timetable");
        assertThat(before).contains("id=\"period-work\"").doesNotContain("/learning/assignments/" + work + "\"");
        int refused = mvc.perform(post("/schoolday/classes/" + schoolClass + "/period-work")
                        .param("assignmentId", String.valueOf(work)).param("position", String.valueOf(LUNCH))
                        .with(authentication(tenants.as(teacher.account()))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(refused).as("lunch is not a lesson").isEqualTo(422);
        int parentTies = mvc.perform(post("/schoolday/classes/" + schoolClass + "/period-work")
                        .param("assignmentId", String.valueOf(work)).param("position", String.valueOf(FIRST))
                        .with(authentication(tenants.as(parent))).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(parentTies).isEqualTo(403);

        mvc.perform(post("/schoolday/classes/" + schoolClass + "/period-work").param("assignmentId", String.valueOf(work))
                .param("position", String.valueOf(FIRST)).with(authentication(tenants.as(teacher.account())))
                .with(csrf()));
        assertThat(page(teacher.account(), "/schoolday/classes/" + schoolClass + "/timetable"))
                .contains("/learning/assignments/" + work + "\"").contains("课堂练习：分数加减");
        assertThat(page(parent, "/schoolday/today")).contains("课上作业：课堂练习：分数加减");
    }

    private String page(UserId user, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(tenants.as(user)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

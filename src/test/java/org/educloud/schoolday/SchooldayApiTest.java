package org.educloud.schoolday;

import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The school day's JSON API: timetables, the roll and attendance records, with problem details for refusals. */
@EduCloudTest
class SchooldayApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Timetables timetables;
    @Autowired
    MockMvc mvc;

    @Test
    void aClassWeekAndTheTeachersOwnWeekComeAsJsonWithTheLessonsOfEachDay() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "接口老师");
        long schoolClass = schoolday.newClass(a, "接口课表班", null);
        // a room of its own: rooms are shared by the school's classes, and other tests place lessons there too
        String room = "接口教室" + schoolClass;
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), schoolClass,
                new LessonDraft(3, FIRST, "数学", own.staffId(), room));

        mvc.perform(get("/api/v1/schoolday/classes/{id}/timetable", schoolClass)
                        .param("date", SchooldayFixture.WEDNESDAY.toString()).with(authentication(tenants.asTokenHolder(own.account()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[?(@.position == 2)].label").value("第1节"))
                .andExpect(jsonPath("$.days[2].date").value("2026-12-09"))
                .andExpect(jsonPath("$.days[2].lessons[0].subject").value("数学"))
                .andExpect(jsonPath("$.days[2].lessons[0].teacherName").value("接口老师"))
                .andExpect(jsonPath("$.days[2].lessons[0].room").value(room))
                .andExpect(jsonPath("$.days[0].lessons").isEmpty());
        mvc.perform(get("/api/v1/schoolday/my/timetable").param("date", SchooldayFixture.WEDNESDAY.toString())
                        .with(authentication(tenants.asTokenHolder(own.account()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].days[2].lessons[0].classId").value(schoolClass));
    }

    @Test
    void theHeadTeacherTakesTheRollOverTheApiAndItsParentsAreTold() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher head = schoolday.newTeacherWithAccount(a, "接口班主任");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "接口点名班", head.staffId());
        long absent = schoolday.newStudent(a, schoolClass, "接口缺勤生", parent);
        schoolday.newStudent(a, schoolClass, "接口出勤生", null);

        mvc.perform(get("/api/v1/schoolday/classes/{id}/roll", schoolClass).with(authentication(tenants.asTokenHolder(head.account()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taken").value(false))
                .andExpect(jsonPath("$.lines[*].mark").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("PRESENT"))));
        mvc.perform(put("/api/v1/schoolday/classes/{id}/roll", schoolClass).param("date", TODAY.toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marks\":[{\"studentId\":" + absent + ",\"mark\":\"ABSENT\",\"reason\":\"未到校\"}]}")
                        .with(authentication(tenants.asTokenHolder(head.account()))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentsTold").value(1))
                .andExpect(jsonPath("$.roll.taken").value(true))
                .andExpect(jsonPath("$.roll.lines[?(@.studentId == " + absent + ")].mark").value("ABSENT"));

        mvc.perform(get("/api/v1/schoolday/classes/{id}/attendance", schoolClass).param("date", TODAY.toString())
                        .with(authentication(tenants.asTokenHolder(head.account()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rolls[0].position").value(0))
                .andExpect(jsonPath("$.students[?(@.studentId == " + absent + ")].marks[0].mark").value("ABSENT"));
        mvc.perform(get("/api/v1/schoolday/students/{id}/attendance", absent).with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("接口缺勤生"))
                .andExpect(jsonPath("$.marks[0].mark").value("ABSENT"))
                .andExpect(jsonPath("$.marks[0].reason").value("未到校"));
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher head = schoolday.newTeacherWithAccount(a, "接口班主任");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "接口拒绝班", head.staffId());
        long child = schoolday.newStudent(a, schoolClass, "接口孩子", parent);
        long stranger = schoolday.newStudent(a, schoolday.newClass(a, "别的班", null), "别班学生", null);

        mvc.perform(put("/api/v1/schoolday/classes/{id}/roll", schoolClass).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marks\":[]}").with(authentication(tenants.asTokenHolder(parent))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("只有班主任或这节课的任课教师可以点名。"));
        mvc.perform(put("/api/v1/schoolday/classes/{id}/roll", schoolClass).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marks\":[{\"studentId\":" + stranger + ",\"mark\":\"ABSENT\"}]}")
                        .with(authentication(tenants.asTokenHolder(head.account()))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("marks"));
        mvc.perform(put("/api/v1/schoolday/classes/{id}/roll", schoolClass).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marks\":[{\"studentId\":" + child + ",\"mark\":\"GONE\"}]}")
                        .with(authentication(tenants.asTokenHolder(head.account()))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/schoolday/classes/{id}/attendance", schoolClass).with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schoolday/students/{id}/attendance", stranger).with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/not-found"));
        mvc.perform(get("/api/v1/schoolday/students/{id}/attendance", child).param("from", "2026-12-07")
                        .param("to", "2026-12-01").with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/schoolday/classes/{id}/timetable", tenants.b().classId())
                        .with(authentication(tenants.asTokenHolder(a.person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentListsTheSchoolDayEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/schoolday/classes/{classId}/timetable'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schoolday/my/timetable'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schoolday/classes/{classId}/roll'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schoolday/classes/{classId}/attendance'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schoolday/students/{studentId}/attendance'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/homeschool/notices/{id}/receipts'].get").exists());
    }
}

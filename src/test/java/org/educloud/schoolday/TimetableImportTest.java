package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.educloud.schoolday.SchooldayFixture.SECOND;
import static org.educloud.schoolday.SchooldayFixture.THIRD;
import static org.educloud.schoolday.SchooldayFixture.WEDNESDAY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.schoolday.timetables.Cell;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The timetable sheet schools keep (periods down, days across, 科目/教师/教室 per cell), all or nothing. */
@EduCloudTest
class TimetableImportTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Timetables timetables;
    @Autowired
    MockMvc mvc;

    @Test
    void aSheetInTheSchoolsLayoutReplacesTheClassesLessons() throws Exception {
        TenantFixture.Side a = tenants.a();
        long teacher = schoolday.newTeacher(a, "郑老师", null);
        long schoolClass = schoolday.newClass(a, "导入班", null);
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), schoolClass,
                new LessonDraft(5, THIRD, "美术", null, null));

        MockHttpServletResponse response = upload(a, schoolClass, sheet(List.of(
                List.of("节次", "周一", "周二", "周三", "周四", "周五"),
                List.of("早读", "语文早读", "英语早读", "", "", ""),
                List.of("第1节", "语文/郑老师/301", "数学", "语文 郑老师", "", "体育/-/操场"),
                List.of("2", "", "", "科学", "", ""))));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("已导入 5 节课");
        Cell monday = timetables.heldIn(schoolClass, WEDNESDAY.minusDays(2), FIRST).orElseThrow();
        assertThat(monday.subject()).isEqualTo("语文");
        assertThat(monday.teacherId()).isEqualTo(teacher);
        assertThat(monday.room()).isEqualTo("301");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY, SECOND)).map(Cell::subject).contains("科学");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY.plusDays(2), FIRST)).map(Cell::room).contains("操场");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY.plusDays(2), THIRD)).as("the earlier lesson is replaced")
                .isEmpty();

        byte[] exported = mvc.perform(get("/schoolday/classes/" + schoolClass + "/timetable.xlsx")
                        .with(authentication(tenants.as(a.person(Role.SCHOOL_ADMIN)))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(upload(a, schoolClass, exported).getContentAsString(StandardCharsets.UTF_8))
                .as("the class's own workbook imports back").contains("已导入 5 节课");
    }

    @Test
    void aBadCellChangesNothingAndIsNamedByRowAndColumn() throws Exception {
        TenantFixture.Side a = tenants.a();
        long schoolClass = schoolday.newClass(a, "坏格班", null);
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), schoolClass,
                new LessonDraft(1, FIRST, "音乐", null, null));

        MockHttpServletResponse response = upload(a, schoolClass, sheet(List.of(
                List.of("节次", "周一", "周二"),
                List.of("第1节", "语文/查无此人", "=HYPERLINK(\"x\")"),
                List.of("第9节", "数学", ""))));

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("课表未做任何修改").contains("查无此人").contains("周二").contains("作息表中没有这个节次");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY.minusDays(2), FIRST)).map(Cell::subject).contains("音乐");
    }

    @Test
    void aSheetPlacingATeacherWhereTheyAlreadyTeachIsRefused() throws Exception {
        TenantFixture.Side a = tenants.a();
        long teacher = schoolday.newTeacher(a, "冯老师", null);
        long busyClass = schoolday.newClass(a, "冯老师班", null);
        long schoolClass = schoolday.newClass(a, "撞课班", null);
        timetables.setLesson(schoolday.as(a.person(Role.SCHOOL_ADMIN)), busyClass,
                new LessonDraft(2, FIRST, "历史", teacher, null));

        MockHttpServletResponse response = upload(a, schoolClass, sheet(List.of(
                List.of("节次", "周一", "周二"),
                List.of("第1节", "", "地理/冯老师"))));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("冯老师班").contains("历史");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY.minusDays(1), FIRST)).isEmpty();
    }

    @Test
    void theClassPageShowsTheFormsToItsSchoolsAdminsOnly() throws Exception {
        TenantFixture.Side a = tenants.a();
        String adminPage = mvc.perform(get("/schoolday/classes/" + a.classId() + "/timetable")
                        .with(authentication(tenants.as(a.person(Role.SCHOOL_ADMIN)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String teacherPage = mvc.perform(get("/schoolday/classes/" + a.classId() + "/timetable")
                        .with(authentication(tenants.as(a.person(Role.TEACHER)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminPage).contains("/timetable/import").contains("第1节");
        assertThat(teacherPage).doesNotContain("/timetable/import").contains("第1节");
    }

    private MockHttpServletResponse upload(TenantFixture.Side side, long classId, byte[] workbook) throws Exception {
        return mvc.perform(multipart("/schoolday/classes/" + classId + "/timetable/import")
                        .file(new MockMultipartFile("file", "课表.xlsx", "application/octet-stream", workbook))
                        .with(authentication(tenants.as(side.person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andReturn().getResponse();
    }

    private static byte[] sheet(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("课表");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}

package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.courses.CourseDetail;
import org.educloud.learning.courses.CourseReading;
import org.educloud.learning.courses.CourseView;
import org.educloud.library.ResourceId;
import org.educloud.roster.ClassId;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class CourseTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Courses courses;
    @Autowired
    CourseReading reading;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private Scope a(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private Scope b(Role role) {
        return identity.scopeOf(fixture.b().person(role));
    }

    @Test
    void aTeacherBuildsOrdersPublishesAndAttachesACourseThatTheClassLearns() throws Exception {
        Scope teacher = a(Role.TEACHER);
        CourseId course = courses.create(teacher, new CourseDraft("分数的初步认识", "<p>三年级上册</p>", null, 3,
                CourseSharing.OWN_CLASSES));
        UnitId unit = courses.addUnit(teacher, course, "第八单元 分数");
        LessonId first = courses.addLesson(teacher, course, unit, new LessonDraft("几分之一", "<p>折一折</p>",
                List.of(ResourceId.of(fixture.a().resourceId())), "https://example.cn/fold"));
        LessonId second = courses.addLesson(teacher, course, unit, new LessonDraft("几分之几", "<p>涂一涂</p>", null, null));
        courses.moveLesson(teacher, course, second, true);
        assertThat(reading.detail(teacher, course.value()).units().getFirst().lessons())
                .extracting(CourseDetail.Lesson::title).containsExactly("几分之几", "几分之一");
        assertThatThrownBy(() -> reading.detail(a(Role.STUDENT), course.value())).isInstanceOf(NotFoundException.class);

        courses.publish(teacher, course);
        courses.attach(teacher, course, List.of(ClassId.of(fixture.a().classId())));
        assertThat(reading.detail(teacher, course.value()).attachable()).as("a class already attached is not offered again")
                .extracting(k -> k.id().value()).doesNotContain(fixture.a().classId());
        CourseDetail seen = reading.detail(a(Role.STUDENT), course.value());
        assertThat(seen.mayMarkDone()).isTrue();
        assertThat(seen.units().getFirst().lessons().get(1).resources()).extracting(r -> r.id().value())
                .containsExactly(fixture.a().resourceId());
        assertThat(reading.mine(a(Role.PARENT))).extracting(CourseView::id).contains(course.value());

        reading.markDone(a(Role.STUDENT), course.value(), first.value());
        assertThat(reading.detail(a(Role.STUDENT), course.value()).completed()).isFalse();
        reading.markDone(a(Role.STUDENT), course.value(), second.value());
        assertThat(reading.detail(a(Role.STUDENT), course.value()).completed()).isTrue();
        assertThatThrownBy(() -> reading.markDone(a(Role.PARENT), course.value(), first.value()))
                .isInstanceOf(ForbiddenException.class);

        mvc.perform(get("/learning/courses/" + course + "/lessons/" + first + "/resources/" + fixture.a().resourceId())
                        .with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/learning/courses/" + course).with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andExpect(status().isOk());
        mvc.perform(get("/learning/courses/" + course).with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk());
        mvc.perform(get("/learning/courses").with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk());
    }

    @Test
    void aMasterTeachersCourseSharedWithTheRegionIsUsedByAnotherDistrictsClassWithItsOwnWork() {
        Scope master = a(Role.TEACHER);
        CourseId course = courses.create(master, new CourseDraft("名师课堂：长方形的周长", null, null, 3, CourseSharing.REGION));
        UnitId unit = courses.addUnit(master, course, "周长");
        LessonId lesson = courses.addLesson(master, course, unit, new LessonDraft("长方形的周长", "<p>量一量</p>",
                List.of(ResourceId.of(fixture.a().resourceId())), null));
        courses.publish(master, course);
        courses.attach(master, course, List.of(ClassId.of(fixture.a().classId())));

        Scope rural = b(Role.TEACHER);
        assertThat(reading.shared(rural)).extracting(CourseView::id).contains(course.value());
        courses.attach(rural, course, List.of(ClassId.of(fixture.b().classId())));
        AssignmentId work = assignments.set(rural, new AssignmentDraft(List.of(ClassId.of(fixture.b().classId())), "量一量课桌的周长", null,
                LocalDateTime.now().minusHours(1), LocalDateTime.now().plusDays(2), BigDecimal.TEN, LatePolicy.ACCEPT,
                true, false, null, 5, true, null, lesson)).getFirst();
        assignments.publish(rural, work);

        CourseDetail inTheRuralClass = reading.detail(b(Role.STUDENT), course.value());
        CourseDetail.Lesson seen = inTheRuralClass.units().getFirst().lessons().getFirst();
        assertThat(seen.assignments()).extracting(AssignmentView::id).containsExactly(work);
        assertThat(seen.resources()).as("a school-shared resource of another district").isEmpty();
        assertThat(seen.hiddenResources()).isEqualTo(1);
        assertThat(reading.detail(a(Role.STUDENT), course.value()).units().getFirst().lessons().getFirst().assignments())
                .as("the master teacher's class does not see the rural class's work").isEmpty();
        assertThatThrownBy(() -> courses.addUnit(rural, course, "改别人的课")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> courses.addUnit(a(Role.SCHOOL_ADMIN), course, "管理员也不能改"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCourseOfTheOwnClassesOnlyCannotBeAttachedByOthersAndLessonsRefuseBadInput() {
        Scope teacher = a(Role.TEACHER);
        CourseId course = courses.create(teacher, new CourseDraft("只给自己班", null, null, null, CourseSharing.OWN_CLASSES));
        UnitId unit = courses.addUnit(teacher, course, "单元");
        assertThatThrownBy(() -> courses.publish(teacher, course))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.courseEmpty");
        assertThatThrownBy(() -> courses.addLesson(teacher, course, unit, new LessonDraft("坏链接", null, null,
                "javascript:alert(1)"))).hasFieldOrPropertyWithValue("messageKey", "learning.error.linkInvalid");
        assertThatThrownBy(() -> courses.addLesson(teacher, course, unit, new LessonDraft("别校资源", null,
                List.of(ResourceId.of(fixture.b().resourceId())), null)))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.resourceNotVisible");
        LessonId lesson = courses.addLesson(teacher, course, unit, new LessonDraft("净化", "<p>好</p><script>x()</script>",
                null, null));
        courses.publish(teacher, course);
        assertThat(reading.detail(teacher, course.value()).units().getFirst().lessons().getFirst().body()).isEqualTo("<p>好</p>");
        assertThat(reading.shared(b(Role.TEACHER))).extracting(CourseView::id).doesNotContain(course.value());
        assertThatThrownBy(() -> courses.attach(b(Role.TEACHER), course, List.of(ClassId.of(fixture.b().classId()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.set(teacher, new AssignmentDraft(List.of(ClassId.of(fixture.a().classId())),
                "课程还没用到班级", null, LocalDateTime.now(), LocalDateTime.now().plusDays(1), BigDecimal.TEN,
                LatePolicy.ACCEPT, true, false, null, 5, true, null, lesson)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.courseNotAttached");
    }

    @Test
    void theLessonPageTakesTheTickedResourcesAsTheNumbersItSendsAndKeepsThemTickedWhenAFieldIsWrong() throws Exception {
        Scope teacher = a(Role.TEACHER);
        CourseId course = courses.create(teacher, new CourseDraft("表单课时", null, null, 3, CourseSharing.OWN_CLASSES));
        UnitId unit = courses.addUnit(teacher, course, "单元");
        var asTeacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        String resource = String.valueOf(fixture.a().resourceId());
        mvc.perform(post("/learning/courses/" + course + "/units/" + unit + "/lessons").with(asTeacher).with(csrf())
                        .param("title", "").param("resourceIds", resource))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"resourceIds\" value=\"" + resource + "\" checked")));
        mvc.perform(post("/learning/courses/" + course + "/units/" + unit + "/lessons").with(asTeacher).with(csrf())
                        .param("title", "表单课时一").param("resourceIds", resource))
                .andExpect(status().is3xxRedirection());
        LessonId lesson = LessonId.of(
                reading.detail(teacher, course.value()).units().getFirst().lessons().getFirst().id());
        assertThat(courses.lessonDraft(teacher, course, lesson).resourceIds())
                .containsExactly(ResourceId.of(fixture.a().resourceId()));
    }
}

package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.schoolday.SchooldayFixture.FIRST;
import static org.educloud.schoolday.SchooldayFixture.SECOND;
import static org.educloud.schoolday.SchooldayFixture.WEDNESDAY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.BellSchedules;
import org.educloud.schoolday.timetables.Cell;
import org.educloud.schoolday.timetables.ChangeDraft;
import org.educloud.schoolday.timetables.ChangeKind;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.PeriodKind;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.schoolday.timetables.WeekGrid;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class TimetablesTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Timetables timetables;
    @Autowired
    BellSchedules bells;
    @Autowired
    MockMvc mvc;

    @Test
    void aTeacherInTwoClassesAtOnceIsRefusedNamingTheLessonInBothLanguages() throws Exception {
        TenantFixture.Side a = tenants.a();
        Scope admin = admin(a);
        long teacher = schoolday.newTeacher(a, "钱老师", null);
        long first = schoolday.newClass(a, "冲突一班", null);
        long second = schoolday.newClass(a, "冲突二班", null);
        timetables.setLesson(admin, first, new LessonDraft(1, FIRST, "语文", teacher, null));

        assertThatThrownBy(() -> timetables.setLesson(admin, second, new LessonDraft(1, FIRST, "数学", teacher, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("schoolday.clash.teacher");
                    assertThat(e.arguments()).contains("钱老师", "语文", "第1节");
                });
        for (String language : List.of("zh_CN", "en")) {
            String page = mvc.perform(post("/schoolday/classes/" + second + "/lessons")
                            .param("weekday", "1").param("position", String.valueOf(FIRST)).param("subject", "数学")
                            .param("teacherId", String.valueOf(teacher))
                            .cookie(new Cookie("educloud-lang", language))
                            .with(authentication(tenants.as(a.person(Role.SCHOOL_ADMIN)))).with(csrf()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("钱老师").contains("冲突一班").contains("语文")
                    .contains(language.equals("en") ? "cannot be in two places" : "同一时间不能在两处上课");
        }
        assertThat(timetables.heldIn(second, WEDNESDAY.minusDays(2), FIRST)).isEmpty();
        timetables.setLesson(admin, second, new LessonDraft(1, SECOND, "数学", teacher, null));
        assertThat(timetables.heldIn(second, WEDNESDAY.minusDays(2), SECOND)).map(Cell::subject).contains("数学");
    }

    @Test
    void aRoomHoldsOneClassAtATime() {
        TenantFixture.Side a = tenants.a();
        Scope admin = admin(a);
        long first = schoolday.newClass(a, "机房一班", null);
        long second = schoolday.newClass(a, "机房二班", null);
        timetables.setLesson(admin, first, new LessonDraft(2, FIRST, "信息科技", null, "微机室"));

        assertThatThrownBy(() -> timetables.setLesson(admin, second, new LessonDraft(2, FIRST, "信息科技", null, "微机室")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("schoolday.clash.room");
                    assertThat(e.arguments()).contains("微机室", "信息科技");
                });
    }

    @Test
    void aSubstituteForOneDateKeepsTheWeeklyLessonAsTheOriginal() {
        TenantFixture.Side a = tenants.a();
        Scope admin = admin(a);
        long regular = schoolday.newTeacher(a, "孙老师", null);
        long substitute = schoolday.newTeacher(a, "周老师", null);
        long schoolClass = schoolday.newClass(a, "代课班", null);
        timetables.setLesson(admin, schoolClass, new LessonDraft(3, FIRST, "语文", regular, "301"));

        timetables.change(admin, schoolClass, new ChangeDraft(WEDNESDAY, FIRST, ChangeKind.SUBSTITUTE, "语文",
                substitute, "301", "孙老师外出培训"));

        Cell held = timetables.heldIn(schoolClass, WEDNESDAY, FIRST).orElseThrow();
        assertThat(held.teacherName()).isEqualTo("周老师");
        assertThat(held.original()).isEqualTo("语文 · 孙老师 · 301");
        assertThat(timetables.heldIn(schoolClass, WEDNESDAY.plusWeeks(1), FIRST)).map(Cell::teacherName).contains("孙老师");
        WeekGrid week = timetables.classWeek(admin, schoolClass, WEDNESDAY).orElseThrow();
        assertThat(week.at(WEDNESDAY, FIRST)).extracting(Cell::change).isEqualTo(ChangeKind.SUBSTITUTE);
    }

    @Test
    void aSubstituteAlreadyTeachingThenIsRefusedUnlessTheirLessonIsMovedThatDay() {
        TenantFixture.Side a = tenants.a();
        Scope admin = admin(a);
        long busy = schoolday.newTeacher(a, "吴老师", null);
        long own = schoolday.newClass(a, "吴老师的班", null);
        long other = schoolday.newClass(a, "缺老师的班", null);
        timetables.setLesson(admin, own, new LessonDraft(3, SECOND, "数学", busy, null));
        ChangeDraft cover = new ChangeDraft(WEDNESDAY, SECOND, ChangeKind.SUBSTITUTE, "数学", busy, null, null);

        assertThatThrownBy(() -> timetables.change(admin, other, cover))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.arguments()).contains("吴老师", "数学"));

        timetables.change(admin, own, new ChangeDraft(WEDNESDAY, SECOND, ChangeKind.CANCELLED, null, null, null, null));
        timetables.change(admin, other, cover);
        assertThat(timetables.heldIn(own, WEDNESDAY, SECOND)).isEmpty();
        assertThat(timetables.heldIn(other, WEDNESDAY, SECOND)).map(Cell::teacherName).contains("吴老师");
    }

    @Test
    void aTeacherMayLookAtTheirClassesTimetableButNotChangeIt() {
        TenantFixture.Side a = tenants.a();
        Scope teacher = schoolday.as(a.person(Role.TEACHER));
        assertThatThrownBy(() -> timetables.setLesson(teacher, a.classId(), new LessonDraft(1, FIRST, "语文", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(timetables.classWeek(teacher, a.classId(), WEDNESDAY)).isPresent();
    }

    @Test
    void teachersSeeTheirOwnWeekAndParentsTheirChildsClass() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "本测试老师");
        Scope admin = admin(a);
        UserId teacherAccount = own.account();
        long teacher = own.staffId();
        long schoolClass = schoolday.newClass(a, "周课表班", null);
        timetables.setLesson(admin, schoolClass, new LessonDraft(4, SECOND, "书法", teacher, null));
        // no teacher on the side's own class: its teachers stay what other tests count
        timetables.setLesson(admin, a.classId(), new LessonDraft(5, SECOND, "语文", null, null));

        List<WeekGrid> mine = timetables.myWeek(schoolday.as(teacherAccount), WEDNESDAY);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().at(WEDNESDAY.plusDays(1), SECOND)).extracting(Cell::subject).isEqualTo("书法");
        assertThat(mine.getFirst().acrossClasses()).isTrue();

        List<WeekGrid> parents = timetables.myWeek(schoolday.as(a.person(Role.PARENT)), WEDNESDAY);
        assertThat(parents).hasSize(1);
        assertThat(parents.getFirst().at(WEDNESDAY.plusDays(2), SECOND)).extracting(Cell::subject).isEqualTo("语文");
        assertThat(parents.getFirst().at(WEDNESDAY.plusDays(1), SECOND)).isNull();

        String page = mvc.perform(get("/schoolday/timetable").param("date", WEDNESDAY.toString())
                        .with(authentication(tenants.as(a.person(Role.PARENT)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("语文").doesNotContain("书法");
    }

    @Test
    void periodsOfADayMayNotOverlap() {
        TenantFixture.Side a = tenants.a();
        schoolday.bells(a);
        assertThatThrownBy(() -> bells.setPeriod(admin(a), a.school().id().value(), schoolday.termId(a),
                new BellPeriod(9, "眼保健操", PeriodKind.BREAK, LocalTime.of(8, 30), LocalTime.of(8, 45))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.arguments()).contains("第1节"));
    }

    private Scope admin(TenantFixture.Side side) {
        return schoolday.as(side.person(Role.SCHOOL_ADMIN));
    }
}

package org.educloud.integration.lti;

import static org.educloud.support.Drafts.aStudent;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.LessonId;
import org.educloud.learning.UnitId;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.TenantFixture;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A class of its own for an LTI test on side A: a new teacher leading it with a course and a lesson, a student with
 * an account in it, and a second class of the same teacher with a student of its own (the class a tool was never
 * launched in).
 */
@Component
@Profile("!" + ModuleTestContext.MODULE_TEST)
class LtiClassroom {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    record Made(String teacherName, UserId teacher, long classId, String studentName, UserId student,
                long otherClassId, UserId otherStudent, long courseId, long lessonId) {
    }

    private final SchooldayFixture schoolday;
    private final IdentityManagement identity;
    private final RosterManagement roster;
    private final Courses courses;

    LtiClassroom(SchooldayFixture schoolday, IdentityManagement identity, RosterManagement roster, Courses courses) {
        this.schoolday = schoolday;
        this.identity = identity;
        this.roster = roster;
        this.courses = courses;
    }

    Made make(TenantFixture.Side side) {
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(side, "工具老师");
        long classId = schoolday.newClass(side, "工具班", teacher.staffId());
        long otherClassId = schoolday.newClass(side, "未启动班", teacher.staffId());
        UserId student = studentWithAccount(side, classId, "用工具的学生");
        UserId otherStudent = studentWithAccount(side, otherClassId, "别班学生");
        Scope teaching = identity.scopeOf(teacher.account());
        CourseId course = courses.create(teaching, new CourseDraft("分数与小数", null, null, 5, CourseSharing.OWN_CLASSES));
        UnitId unit = courses.addUnit(teaching, course, "第一单元");
        LessonId lesson = courses.addLesson(teaching, course, unit, new LessonDraft("分数的意义", "<p>课时</p>", null, null));
        return new Made(identity.self(teacher.account()).username(), teacher.account(), classId,
                identity.self(student).username(), student, otherClassId, otherStudent, course.value(), lesson.value());
    }

    /** Another student with an account, in a class of a classroom made here. */
    UserId addStudent(TenantFixture.Side side, long classId, String name) {
        return studentWithAccount(side, classId, name);
    }

    private UserId studentWithAccount(TenantFixture.Side side, long classId, String name) {
        int n = UNIQUE.incrementAndGet();
        UserId account = identity.create(Scope.installation(), new NewAccount("ltis" + side.key() + n
                + System.nanoTime() % 100000, name, null, null, Role.STUDENT, side.school().id().value(),
                TenantFixture.PASSWORD), false).account().id();
        long student = roster.registerStudent(Scope.installation(), side.school().id(), aStudent().named(name)
                .born(LocalDate.of(2016, 3, 2)).withValidIdNumber("360199", String.format("%03d", 100 + n % 900))
                .build(), account).personId();
        roster.enrol(Scope.installation(), StudentId.of(student), ClassId.of(classId), LocalDate.of(2026, 9, 1));
        return account;
    }
}

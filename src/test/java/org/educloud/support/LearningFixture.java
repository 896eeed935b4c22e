package org.educloud.support;

import static org.educloud.support.Drafts.anAssignment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.LessonId;
import org.educloud.learning.Submissions;
import org.educloud.learning.UnitId;
import org.educloud.learning.Upload;
import org.educloud.library.ResourceId;
import org.educloud.roster.ClassId;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * A side's learning-space data: a published course attached to the class, an assignment in its lesson, the
 * student's attempt with a file, and a returned grade.
 */
@Component
class LearningFixture {

    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final Courses courses;
    private final IdentityManagement identity;

    LearningFixture(Assignments assignments, Submissions submissions, Grading grading, Courses courses,
                    IdentityManagement identity) {
        this.courses = courses;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.identity = identity;
    }

    /** What {@link #gradedAssignment} made: the course, its lesson, the assignment in it, the attempt and its file. */
    record GradedAssignment(long course, long lesson, long assignment, long attempt, long attemptFile) {
    }

    /** A course with a lesson holding the side's resource, and homework in the lesson handed in, graded and returned. */
    GradedAssignment gradedAssignment(String schoolName, long classId, long resourceId, Map<Role, UserId> people) {
        var teacher = identity.scopeOf(people.get(Role.TEACHER));
        CourseId course = courses.create(teacher, new CourseDraft(schoolName + "课程", "<p>fixture</p>", null, 3,
                CourseSharing.SCHOOL));
        UnitId unit = courses.addUnit(teacher, course, "第一单元");
        LessonId lesson = courses.addLesson(teacher, course, unit, new LessonDraft("第一课时", "<p>读一读</p>",
                List.of(ResourceId.of(resourceId)), null));
        courses.publish(teacher, course);
        courses.attach(teacher, course, List.of(ClassId.of(classId)));
        AssignmentId id = assignments.set(teacher, anAssignment().forClass(classId).titled(schoolName + "作业")
                .instructions("<p>fixture</p>").open(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(30))
                .outOf("10").files(5, "pdf").resubmittable().inLesson(lesson).build()).getFirst();
        assignments.publish(teacher, id);
        byte[] pdf = ("%PDF-1.4\n% " + schoolName + " answer\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        var attempt = submissions.submit(identity.scopeOf(people.get(Role.STUDENT)), id, UUID.randomUUID(),
                "<p>" + schoolName + "的作答</p>", List.of(new Upload("answer.pdf", pdf.length, new ByteArrayResource(pdf))));
        grading.grade(teacher, id, attempt.studentId(),
                new GradeDraft(BigDecimal.valueOf(8), null, "<p>很好</p>"), null);
        grading.release(teacher, id);
        return new GradedAssignment(course.value(), lesson.value(), id.value(), attempt.id(),
                attempt.files().getFirst().id());
    }
}

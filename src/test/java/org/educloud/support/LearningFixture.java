package org.educloud.support;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Submissions;
import org.educloud.learning.Upload;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/** A side's learning-space data: a published assignment, the student's attempt with a file, and a returned grade. */
@Component
class LearningFixture {

    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final IdentityManagement identity;

    LearningFixture(Assignments assignments, Submissions submissions, Grading grading, IdentityManagement identity) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.identity = identity;
    }

    /** Answers the assignment's, the attempt's and the attempt's file's ids. */
    long[] gradedAssignment(String schoolName, long classId, Map<Role, UserId> people) {
        var teacher = identity.scopeOf(people.get(Role.TEACHER));
        long id = assignments.set(teacher, new AssignmentDraft(List.of(classId), schoolName + "作业",
                "<p>fixture</p>", LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(30),
                BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, true, List.of("pdf"), 5, true, null)).getFirst();
        assignments.publish(teacher, id);
        byte[] pdf = ("%PDF-1.4\n% " + schoolName + " answer\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        var attempt = submissions.submit(identity.scopeOf(people.get(Role.STUDENT)), id, UUID.randomUUID(),
                "<p>" + schoolName + "的作答</p>", List.of(new Upload("answer.pdf", pdf.length, new ByteArrayResource(pdf))));
        grading.grade(teacher, id, attempt.studentId(), new GradeDraft(BigDecimal.valueOf(8), null, "<p>很好</p>"), null);
        grading.release(teacher, id);
        return new long[] {id, attempt.id(), attempt.files().getFirst().id()};
    }
}

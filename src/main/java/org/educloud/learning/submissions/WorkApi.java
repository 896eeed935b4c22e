package org.educloud.learning.submissions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.StudentWork;
import org.educloud.learning.SubmissionView;
import org.educloud.learning.Submissions;
import org.educloud.roster.StudentId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learning space over JSON: text submissions, the student's and parents' view of their work, and grading. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Assignments, submissions, grades")
class WorkApi {

    /** A text answer; the client picks the token once per attempt, so a retried request is one attempt. */
    record TextSubmission(@NotNull UUID token, @Size(max = 50_000) @Nullable String answer) {
    }

    private final Submissions submissions;
    private final Grading grading;

    WorkApi(Submissions submissions, Grading grading) {
        this.submissions = submissions;
        this.grading = grading;
    }

    @PostMapping("/assignments/{id}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand in a text answer as the student; the same token again answers the same attempt")
    SubmissionView submit(Scope scope, @PathVariable long id, @Valid @RequestBody TextSubmission body) {
        return submissions.submit(scope, AssignmentId.of(id), body.token(), body.answer(), List.of());
    }

    @GetMapping("/assignments/{id}/work")
    @Operation(summary = "The caller's own attempts and released grade (a student), or their children's (a parent)")
    List<StudentWork> mine(Scope scope, @PathVariable long id) {
        return submissions.mine(scope, AssignmentId.of(id));
    }

    @GetMapping("/assignments/{id}/sheet")
    @Operation(summary = "Every student of the class with attempts and grades, for its teachers")
    List<StudentWork> sheet(Scope scope, @PathVariable long id) {
        return grading.sheet(scope, AssignmentId.of(id));
    }

    @PutMapping("/assignments/{id}/grades/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Grade a student's latest attempt (score, or one rubric level per criterion, and feedback)")
    void grade(Scope scope, @PathVariable long id, @PathVariable long studentId, @Valid @RequestBody GradeDraft draft) {
        grading.grade(scope, AssignmentId.of(id), StudentId.of(studentId), draft, null);
    }

    @PostMapping("/assignments/{id}/release")
    @Operation(summary = "Return every grade given and not yet returned")
    Map<String, Integer> release(Scope scope, @PathVariable long id) {
        return Map.of("released", grading.release(scope, AssignmentId.of(id)));
    }
}

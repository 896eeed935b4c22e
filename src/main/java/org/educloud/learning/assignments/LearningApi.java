package org.educloud.learning.assignments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.courses.CourseDetail;
import org.educloud.learning.courses.CourseReading;
import org.educloud.learning.courses.CourseView;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.gradebook.GradebookView;
import org.educloud.learning.gradebook.Gradebook;
import org.educloud.learning.StudentWork;
import org.educloud.learning.SubmissionView;
import org.educloud.learning.Submissions;
import org.educloud.learning.Task;
import org.educloud.learning.Tasks;
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

/** The learning space over JSON: assignments, tasks, text submissions, grading and gradebooks. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Assignments, submissions, grades")
class LearningApi {

    /** A text answer; the client picks the token once per attempt, so a retried request is one attempt. */
    record TextSubmission(@NotNull UUID token, @Size(max = 50_000) @Nullable String answer) {
    }

    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final Gradebook gradebook;
    private final Tasks tasks;
    private final CourseReading courseReading;

    LearningApi(Assignments assignments, Submissions submissions, Grading grading, Gradebook gradebook, Tasks tasks,
                CourseReading courseReading) {
        this.courseReading = courseReading;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.gradebook = gradebook;
        this.tasks = tasks;
    }

    @GetMapping("/assignments")
    @Operation(summary = "Assignments of the classes the caller teaches, or under the caller's admin reach")
    List<AssignmentView> managed(Scope scope) {
        return assignments.managed(scope);
    }

    @PostMapping("/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft an assignment for classes the caller teaches; one assignment per class")
    Map<String, List<Long>> set(Scope scope, @Valid @RequestBody AssignmentDraft draft) {
        return Map.of("ids", assignments.set(scope, draft));
    }

    @PostMapping("/assignments/{id}/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Publish a draft to its class (students and parents are told)")
    void publish(Scope scope, @PathVariable long id) {
        assignments.publish(scope, id);
    }

    @GetMapping("/assignments/{id}")
    @Operation(summary = "One assignment the caller may read")
    AssignmentDetail detail(Scope scope, @PathVariable long id) {
        return assignments.detail(scope, id);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The to-do list of the caller (a student) or of their children (a parent)")
    List<Task> tasks(Scope scope) {
        return tasks.of(scope);
    }

    @PostMapping("/assignments/{id}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand in a text answer as the student; the same token again answers the same attempt")
    SubmissionView submit(Scope scope, @PathVariable long id, @Valid @RequestBody TextSubmission body) {
        return submissions.submit(scope, id, body.token(), body.answer(), List.of());
    }

    @GetMapping("/assignments/{id}/work")
    @Operation(summary = "The caller's own attempts and released grade (a student), or their children's (a parent)")
    List<StudentWork> mine(Scope scope, @PathVariable long id) {
        return submissions.mine(scope, id);
    }

    @GetMapping("/assignments/{id}/sheet")
    @Operation(summary = "Every student of the class with attempts and grades, for its teachers")
    List<StudentWork> sheet(Scope scope, @PathVariable long id) {
        return grading.sheet(scope, id);
    }

    @PutMapping("/assignments/{id}/grades/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Grade a student's latest attempt (score, or one rubric level per criterion, and feedback)")
    void grade(Scope scope, @PathVariable long id, @PathVariable long studentId, @Valid @RequestBody GradeDraft draft) {
        grading.grade(scope, id, studentId, draft, null);
    }

    @PostMapping("/assignments/{id}/release")
    @Operation(summary = "Return every grade given and not yet returned")
    Map<String, Integer> release(Scope scope, @PathVariable long id) {
        return Map.of("released", grading.release(scope, id));
    }

    @GetMapping("/courses")
    @Operation(summary = "The caller's courses: owned, or attached to classes they teach or follow")
    List<CourseView> courses(Scope scope) {
        return courseReading.mine(scope);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "A course with its units, lessons, the resources the caller may open and their classes' work")
    CourseDetail course(Scope scope, @PathVariable long id) {
        return courseReading.detail(scope, id);
    }

    @GetMapping("/classes/{classId}/gradebook")
    @Operation(summary = "A class's gradebook, for its teachers and its school's admins")
    GradebookView gradebook(Scope scope, @PathVariable long classId) {
        return gradebook.of(scope, classId);
    }
}

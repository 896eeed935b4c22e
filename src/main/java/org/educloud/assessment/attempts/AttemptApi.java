package org.educloud.assessment.attempts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.Response;
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

/**
 * Taking quizzes over JSON (the quiz page's autosave uses it too), and the teacher's results and grading.
 */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "Assessment", description = "Item bank, quizzes, attempts")
class AttemptApi {

    private final Attempts attempts;
    private final QuizResults results;

    AttemptApi(Attempts attempts, QuizResults results) {
        this.attempts = attempts;
        this.results = results;
    }

    @GetMapping("/my/quizzes")
    @Operation(summary = "Quizzes set to the calling student's classes, with their attempts")
    List<StudentQuiz> mine(Scope scope) {
        return attempts.myQuizzes(scope);
    }

    @GetMapping("/students/{studentId}/quizzes")
    @Operation(summary = "A followed student's quizzes and scores (a parent's child, or the student themselves)")
    List<StudentQuiz> ofStudent(Scope scope, @PathVariable long studentId) {
        return attempts.quizzesOf(scope, studentId);
    }

    @PostMapping("/quizzes/{quizId}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start (or resume) the caller's attempt at a quiz in its window")
    AttemptSheet start(Scope scope, @PathVariable long quizId) {
        return attempts.start(scope, quizId);
    }

    @GetMapping("/attempts/{attemptId}")
    @Operation(summary = "The caller's own attempt: items, saved answers, time left; answers once released")
    AttemptSheet sheet(Scope scope, @PathVariable long attemptId) {
        return attempts.sheet(scope, attemptId);
    }

    /** One autosave: the client's revision counter for this item and the response. */
    record AnswerSave(@PositiveOrZero long revision, @NotNull Response response) {
    }

    @PutMapping("/attempts/{attemptId}/answers/{position}")
    @Operation(summary = "Save one answer (idempotent; an older revision never overwrites a newer one)")
    Map<String, Boolean> save(Scope scope, @PathVariable long attemptId, @PathVariable int position,
                              @Valid @RequestBody AnswerSave save) {
        return Map.of("stored", attempts.save(scope, attemptId, position, save.revision(), save.response()));
    }

    @PostMapping("/attempts/{attemptId}/submit")
    @Operation(summary = "Submit the attempt (submitting again returns the same result)")
    AttemptSheet submit(Scope scope, @PathVariable long attemptId) {
        return attempts.submit(scope, attemptId);
    }

    @GetMapping("/quizzes/{quizId}/results")
    @Operation(summary = "Every attempt at a quiz the caller manages, with scores")
    List<QuizResults.ResultRow> results(Scope scope, @PathVariable long quizId) {
        return results.results(scope, quizId);
    }

    @GetMapping("/quizzes/{quizId}/attempts/{attemptId}")
    @Operation(summary = "A student's attempt at a quiz the caller manages, answers and keys shown")
    AttemptSheet attempt(Scope scope, @PathVariable long quizId, @PathVariable long attemptId) {
        return results.attempt(scope, quizId, attemptId);
    }

    /** A teacher's grade for a written answer. */
    record Grade(@NotNull @DecimalMin("0") BigDecimal points, @Size(max = 2000) @Nullable String comment) {
    }

    @PutMapping("/quizzes/{quizId}/attempts/{attemptId}/grades/{position}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Grade a written answer (short answer, essay) of a submitted attempt")
    void grade(Scope scope, @PathVariable long quizId, @PathVariable long attemptId, @PathVariable int position,
               @Valid @RequestBody Grade grade) {
        results.grade(scope, quizId, attemptId, position, grade.points(),
                grade.comment() == null ? "" : grade.comment());
    }
}

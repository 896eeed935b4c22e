package org.educloud.assessment.quizzes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.educloud.shared.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Quizzes over JSON, for their teachers: assembling, setting to classes, reading them back. */
@RestController
@RequestMapping("/api/v1/assessment/quizzes")
@Tag(name = "Assessment", description = "Item bank, quizzes, attempts")
class QuizApi {

    private final Quizzes quizzes;

    QuizApi(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping
    @Operation(summary = "Quizzes the caller set, or under the caller's admin reach")
    List<QuizView> managed(Scope scope) {
        return quizzes.managed(scope);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assemble a quiz from items in reach, by hand and/or by blueprint")
    Map<String, Long> create(Scope scope, @Valid @RequestBody QuizDraft draft) {
        return Map.of("id", quizzes.create(scope, draft));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One quiz the caller manages")
    QuizView quiz(Scope scope, @PathVariable long id) {
        return quizzes.managed(scope, id);
    }

    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a draft quiz")
    void revise(Scope scope, @PathVariable long id, @Valid @RequestBody QuizDraft draft) {
        quizzes.revise(scope, id, draft);
    }

    @PostMapping("/{id}/classes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the quiz to classes the caller teaches, with an open window (publishes a draft)")
    void set(Scope scope, @PathVariable long id, @Valid @RequestBody QuizSetting setting) {
        quizzes.setToClasses(scope, id, setting);
    }
}

package org.educloud.learning.gradebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.educloud.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learning space over JSON: a class's gradebook. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Assignments, submissions, grades")
class GradebookApi {

    private final Gradebook gradebook;

    GradebookApi(Gradebook gradebook) {
        this.gradebook = gradebook;
    }

    @GetMapping("/classes/{classId}/gradebook")
    @Operation(summary = "A class's gradebook, for its teachers and its school's admins")
    GradebookView gradebook(Scope scope, @PathVariable long classId) {
        return gradebook.of(scope, classId);
    }
}

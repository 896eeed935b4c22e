package org.educloud.learning.assignments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.Assignments;
import org.educloud.learning.Task;
import org.educloud.learning.Tasks;
import org.educloud.shared.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learning space over JSON: assignments (setting, publishing, reading them) and the to-do list of tasks. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Assignments, submissions, grades")
class AssignmentApi {

    private final Assignments assignments;
    private final Tasks tasks;

    AssignmentApi(Assignments assignments, Tasks tasks) {
        this.assignments = assignments;
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
    Map<String, List<AssignmentId>> set(Scope scope, @Valid @RequestBody AssignmentDraft draft) {
        return Map.of("ids", assignments.set(scope, draft));
    }

    @PostMapping("/assignments/{id}/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Publish a draft to its class (students and parents are told)")
    void publish(Scope scope, @PathVariable long id) {
        assignments.publish(scope, AssignmentId.of(id));
    }

    @GetMapping("/assignments/{id}")
    @Operation(summary = "One assignment the caller may read")
    AssignmentDetail detail(Scope scope, @PathVariable long id) {
        return assignments.detail(scope, AssignmentId.of(id));
    }

    @GetMapping("/tasks")
    @Operation(summary = "The to-do list of the caller (a student) or of their children (a parent)")
    List<Task> tasks(Scope scope) {
        return tasks.of(scope);
    }
}

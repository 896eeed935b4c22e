package org.educloud.library.pushes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.educloud.library.ClassPushView;
import org.educloud.library.ClassPushes;
import org.educloud.library.PushDraft;
import org.educloud.library.PushOutcome;
import org.educloud.roster.ClassId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 班班通 over JSON: push resources to classes, and read what was pushed. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Class pushes", description = "Resources pushed to classes for a lesson")
class PushApi {

    private final ClassPushes pushes;
    private final Clock clock;

    PushApi(ClassPushes pushes, Clock clock) {
        this.pushes = pushes;
        this.clock = clock;
    }

    /** 201 when a push was made, 200 when the call only changed pushes already made. */
    @PostMapping("/pushes")
    @Operation(summary = "Push resources to classes the caller teaches; a push already made for the same resource, "
            + "class and day takes the new lesson and note (counted in `updated`)")
    ResponseEntity<PushOutcome> push(Scope scope, @Valid @RequestBody PushDraft draft) {
        PushOutcome outcome = pushes.push(scope, draft);
        return ResponseEntity.status(outcome.pushed() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
    }

    @GetMapping("/pushes")
    @Operation(summary = "Pushes by the caller or to the caller's classes, from a day on (default today)")
    List<ClassPushView> mine(Scope scope, @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from) {
        return pushes.mine(scope, from == null ? LocalDate.now(clock) : from);
    }

    @GetMapping("/classes/{classId}/pushes")
    @Operation(summary = "What was pushed to a class for a day (default today)")
    ClassPushes.ClassDay forClass(Scope scope, @PathVariable long classId, @RequestParam(required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return pushes.forClass(scope, ClassId.of(classId), date == null ? LocalDate.now(clock) : date);
    }
}

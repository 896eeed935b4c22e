package org.educloud.development.programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training programmes over JSON: those in the caller's reach (open to them, joined, or run by nodes they
 * administer), one programme, joining it and the caller's own progress. Errors are problem details (RFC 9457).
 */
@RestController
@RequestMapping("/api/v1/development/programmes")
@Tag(name = "Teacher development", description = "Training programmes, courses, progress")
class ProgrammeApi {

    /** A programme in a list: what it credits, its rule, and where the caller stands. */
    record ProgrammeJson(long id, String name, String description, BigDecimal creditHours, CompletionRule rule,
                         @Nullable BigDecimal minHours, boolean closed, boolean organiser, boolean joined,
                         boolean completed) {
    }

    /** One programme with its sessions and courses. */
    record ProgrammeDetailJson(ProgrammeJson programme, List<ProgrammeSession> sessions,
                               List<ProgrammeCourse> courses) {
    }

    /** The caller's progress in a programme they joined. */
    record ProgressJson(long programme, boolean completed, @Nullable Instant completedAt, BigDecimal attendedHours,
                        BigDecimal courseHours, List<Long> sessionsAttended, List<CourseProgressJson> courses) {
    }

    record CourseProgressJson(long course, String title, BigDecimal hours, int lessons, int done, boolean completed) {
    }

    private final RunningProgrammes running;
    private final JoiningProgrammes joining;

    ProgrammeApi(RunningProgrammes running, JoiningProgrammes joining) {
        this.running = running;
        this.joining = joining;
    }

    @GetMapping
    @Operation(summary = "Programmes in the caller's reach: open to them or joined, and those they run")
    List<ProgrammeJson> programmes(Scope scope) {
        Map<Long, ProgrammeJson> found = new LinkedHashMap<>();
        joining.open(scope).forEach(s -> found.put(s.programme().id(), json(s.programme(), false, s.own())));
        running.run(scope).forEach(p -> found.merge(p.id(), json(p, true, null), (seen, run) -> new ProgrammeJson(
                seen.id(), seen.name(), seen.description(), seen.creditHours(), seen.rule(), seen.minHours(),
                seen.closed(), true, seen.joined(), seen.completed())));
        return List.copyOf(found.values());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme with its sessions and courses")
    ProgrammeDetailJson programme(Scope scope, @PathVariable long id) {
        if (running.run(scope).stream().anyMatch(p -> p.id() == id)) {
            return new ProgrammeDetailJson(json(running.administered(scope, id), true, null),
                    running.sessions(scope, id), running.courses(scope, id));
        }
        JoiningProgrammes.Seen seen = joining.seen(scope, id);
        return new ProgrammeDetailJson(json(seen.programme(), false, seen.own()), seen.sessions(),
                seen.courses().stream().map(JoiningProgrammes.CourseLine::course).toList());
    }

    @PostMapping("/{id}/join")
    @Operation(summary = "The caller (a teacher it is open to) joins; answers their progress")
    ProgressJson join(Scope scope, @PathVariable long id) {
        joining.join(scope, id);
        return progress(scope, id);
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The caller's progress in a programme they joined")
    ProgressJson progress(Scope scope, @PathVariable long id) {
        JoiningProgrammes.Seen seen = joining.seen(scope, id);
        Participant own = seen.own();
        if (own == null) {
            throw new NotFoundException("development.error.notJoined");
        }
        return new ProgressJson(id, own.completed(), own.completedAt(), own.attendedHours(), own.courseHours(),
                own.attended().stream().sorted().toList(), seen.courses().stream().map(line -> new CourseProgressJson(
                        line.course().courseId(), line.course().title(), line.course().hours(),
                        line.progress() == null ? 0 : line.progress().lessons(),
                        line.progress() == null ? 0 : line.progress().done(),
                        own.completedCourse(line.course().courseId()))).toList());
    }

    private static ProgrammeJson json(Programme p, boolean organiser, @Nullable Participant own) {
        return new ProgrammeJson(p.id(), p.name(), p.description(), p.creditHours(), p.rule(), p.minHours(),
                p.closed(), organiser, own != null, own != null && own.completed());
    }
}

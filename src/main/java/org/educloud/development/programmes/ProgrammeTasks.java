package org.educloud.development.programmes;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.educloud.development.support.EvidenceFiles;
import org.educloud.development.support.StoredEvidence;
import org.educloud.library.ReceivedFile;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks inside a programme: the organiser sets them and reviews hand-ins (accepting one may complete the
 * participant); a participant hands in a text, with an evidence file if they like, again after it was returned.
 * A hand-in's file is for the participant and the programme's organisers only. Anyone else finds no such task.
 */
@Service
@Transactional
public class ProgrammeTasks {

    static final int MAX_TASKS = 30;
    static final int MAX_BODY = 8000;

    private final TaskStore tasks;
    private final ProgrammeStore programmes;
    private final RunningProgrammes running;
    private final CompletingProgrammes completing;
    private final EvidenceFiles files;
    private final Clock clock;

    ProgrammeTasks(TaskStore tasks, ProgrammeStore programmes, RunningProgrammes running,
                   CompletingProgrammes completing, EvidenceFiles files, Clock clock) {
        this.tasks = tasks;
        this.files = files;
        this.programmes = programmes;
        this.running = running;
        this.completing = completing;
        this.clock = clock;
    }

    public long add(Scope scope, long programme, TaskForm form) {
        Programme p = running.administered(scope, programme);
        if (tasks.tasks(p.id()).size() >= MAX_TASKS) {
            throw new FieldRuleViolationException("title", "development.task.tooMany", MAX_TASKS);
        }
        return tasks.add(p.id(), Objects.requireNonNull(form.title()).strip(),
                form.instructions() == null ? "" : form.instructions().strip(), Objects.requireNonNull(form.hours()),
                scope.userId().value(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ProgrammeTask> tasks(long programme) {
        return tasks.tasks(programme);
    }

    /** Every hand-in of the programme, for its organiser. */
    @Transactional(readOnly = true)
    public List<TaskSubmission> submissions(Scope scope, long programme) {
        return tasks.submissionsOf(running.administered(scope, programme).id(), null);
    }

    /** The caller's own hand-ins in a programme they joined. */
    @Transactional(readOnly = true)
    public List<TaskSubmission> own(Scope scope, long programme) {
        return tasks.submissionsOf(programme, scope.userId().value());
    }

    /** A participant hands in (again) a text alone; an accepted task is done and refuses another. */
    public void submit(Scope scope, long programme, long task, @Nullable String body) {
        submit(scope, programme, task, body, null);
    }

    /**
     * A participant hands in (again) a text and, if given, an evidence file received before this transaction (which
     * replaces the one handed in before; without one that stays); an accepted task is done and refuses another.
     */
    public void submit(Scope scope, long programme, long task, @Nullable String body, @Nullable ReceivedFile evidence) {
        long teacher = scope.userId().value();
        if (programmes.participant(programme, teacher) == null) {
            throw notFound();
        }
        taskOf(programme, task);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new FieldRuleViolationException("body", "development.validation.required");
        }
        if (text.length() > MAX_BODY || text.contains("<") || text.contains(">")) {
            throw new FieldRuleViolationException("body", text.length() > MAX_BODY ? "development.validation.tooLong"
                    : "development.validation.markup");
        }
        if (tasks.submission(task, teacher).filter(s -> s.status() == TaskStatus.ACCEPTED).isPresent()) {
            throw new ConflictException("body", "development.task.alreadyAccepted");
        }
        @Nullable StoredEvidence stored = null;
        if (evidence != null) {
            EvidenceFiles.check(evidence, "evidence");
            stored = files.store(evidence);
        }
        tasks.submit(task, teacher, text, stored, clock.instant());
    }

    /**
     * The evidence file of a teacher's hand-in: for that teacher, a participant, and for the programme's organisers
     * (administrators of the node running it); anyone else, and a hand-in without a file, is not found.
     */
    @Transactional(readOnly = true)
    public StoredEvidence evidence(Scope scope, long programme, long task, long teacher) {
        boolean own = scope.userId().value() == teacher && programmes.participant(programme, teacher) != null;
        long id = own ? programme : running.administered(scope, programme).id();
        taskOf(id, task);
        return tasks.evidence(task, teacher)
                .orElseThrow(() -> new NotFoundException("development.error.evidenceNotFound"));
    }

    /** The organiser accepts a hand-in (which may complete the participant) or returns it with feedback. */
    public void review(Scope scope, long programme, long task, long teacher, boolean accept, @Nullable String feedback) {
        Programme p = running.administered(scope, programme);
        taskOf(p.id(), task);
        String note = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (note != null && (note.length() > 2000 || note.contains("<") || note.contains(">"))) {
            throw new FieldRuleViolationException("feedback", note.length() > 2000 ? "development.validation.tooLong"
                    : "development.validation.markup");
        }
        if (!tasks.review(task, teacher, accept ? TaskStatus.ACCEPTED : TaskStatus.RETURNED, note,
                scope.userId().value(), clock.instant())) {
            throw new NotFoundException("development.error.submissionNotFound");
        }
        if (accept) {
            completing.completeDue(p);
        }
    }

    private ProgrammeTask taskOf(long programme, long task) {
        return tasks.tasks(programme).stream().filter(t -> t.id() == task).findFirst().orElseThrow(this::notFound);
    }

    private NotFoundException notFound() {
        return new NotFoundException("development.error.taskNotFound");
    }
}

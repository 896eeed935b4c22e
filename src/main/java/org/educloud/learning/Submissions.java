package org.educloud.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentAccess;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.learning.files.ReceivedUploads;
import org.educloud.learning.gradebook.GradeStore;
import org.educloud.learning.submissions.HandIn;
import org.educloud.learning.submissions.SubmissionPolicy;
import org.educloud.learning.submissions.SubmissionStore;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.RichText;
import org.educloud.library.StoredFiles;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.StudentId;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handing work in: a student submits text and files to an open assignment of their class, within its rules (who
 * may hand in, deadline and late policy, resubmission, text, kinds, number and sizes of files: the named
 * {@link SubmissionPolicy submission policies}). Each attempt is kept; the form's token makes a repeated click one
 * attempt. Students and parents read their own attempts and released grades. Handed-in files are read before the
 * transaction that records them, never inside it.
 */
@Service
public class Submissions {

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;
    private final GradeStore grades;
    private final Callers callers;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Submissions(AssignmentStore assignments, SubmissionStore submissions, GradeStore grades, Callers callers,
                StoredFiles files, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grades = grades;
        this.callers = callers;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public SubmissionView submit(Scope scope, AssignmentId assignmentId, UUID token, @Nullable String answer,
                                 List<Upload> uploads) {
        if (!uploads.isEmpty()) {
            // the rules are settled before the files are read, so a refused hand-in's files are not read at all
            SubmissionView repeated = transactions.execute(status -> handIn(scope, assignmentId, token, answer,
                    uploads, null));
            if (repeated != null) {
                return repeated;
            }
        }
        try (ReceivedUploads received = ReceivedUploads.receive(files, uploads)) {
            return Objects.requireNonNull(transactions.execute(status -> handIn(scope, assignmentId, token, answer,
                    uploads, received.files())));
        }
    }

    /**
     * Checks a hand-in and, given its received files, records it. Checking only ({@code received} null), it answers
     * an earlier attempt made with the same token, or null.
     */
    private @Nullable SubmissionView handIn(Scope scope, AssignmentId assignment, UUID token, @Nullable String answer,
                                            List<Upload> uploads, @Nullable List<ReceivedFile> received) {
        long assignmentId = assignment.value();
        Caller caller = callers.of(scope);
        Instant now = clock.instant();
        AssignmentRow a = AssignmentAccess.readable(caller, find(assignmentId), now);
        FollowedStudent student = caller.scope().has(Role.STUDENT) ? caller.followingIn(a.classId()).stream()
                .findFirst().orElse(null) : null;
        HandIn handIn = new HandIn(student != null, HandIn.Rules.of(a), now,
                student == null ? 0 : submissions.attempts(assignmentId, student.studentId().value()),
                RichText.sanitised(answer), uploads);
        SubmissionPolicy.WHO_MAY_SUBMIT.check(handIn);
        var repeated = submissions.byToken(token);
        if (repeated.isPresent()) {
            if (!repeated.get().studentId().equals(student.studentId())
                    || !repeated.get().assignmentId().equals(assignment)) {
                throw new ConflictException("", "learning.error.concurrentSubmission");
            }
            return repeated.get();
        }
        SubmissionPolicy.checkAll(handIn);
        String text = handIn.text();
        if (received == null) {
            return null;
        }
        long id = submissions.insert(assignmentId, student.studentId().value(), student.name(), caller.account(),
                        a.schoolPath().value(), text.isEmpty() ? null : text,
                        handIn.markedLate(), token, now)
                .orElseThrow(() -> new ConflictException("", "learning.error.concurrentSubmission"));
        for (ReceivedFile file : received) {
            SubmissionPolicy.checkReceived(handIn.rules(), file.fileName(), file.size());
            submissions.attach(id, files.store(file));
        }
        SubmissionView view = submissions.byToken(token).orElseThrow();
        events.publishEvent(new SubmissionReceived(id, assignment, a.title(), ClassId.of(a.classId()),
                a.schoolId(), student.studentId(), view.attempt(), view.late(), now));
        events.publishEvent(new LearningActivity(UUID.randomUUID(), student.studentId().value(), student.schoolId(),
                ClassId.of(a.classId()), LearningVerb.SUBMITTED, new LearningActivity.LearningObject(
                LearningObjectKind.ASSIGNMENT, String.valueOf(assignmentId), a.title(), null, null), null,
                registration(assignmentId, student.studentId().value()), now));
        return view;
    }

    /** The caller's own work at an assignment (a student), or each of their children's in its class (a parent). */
    @Transactional(readOnly = true)
    public List<StudentWork> mine(Scope scope, AssignmentId assignment) {
        long assignmentId = assignment.value();
        Caller caller = callers.of(scope);
        AssignmentRow a = AssignmentAccess.readable(caller, find(assignmentId), clock.instant());
        List<FollowedStudent> followed = caller.followingIn(a.classId());
        List<Long> ids = followed.stream().map(s -> s.studentId().value()).toList();
        Map<Long, List<SubmissionView>> attempts = submissions.attemptsOf(assignmentId, ids);
        Map<Long, GradeView> released = grades.of(a, ids, true);
        return followed.stream().map(s -> new StudentWork(s.studentId(), s.name(),
                attempts.getOrDefault(s.studentId().value(), List.of()), released.get(s.studentId().value()))).toList();
    }

    /** A file of an attempt: for the student, their parents and the class's teachers. */
    @Transactional(readOnly = true)
    public FileContent file(Scope scope, long submissionId, long fileId) {
        String[] file = readableFile(scope, submissionId, fileId);
        return files.open(file[0], file[1], 0, files.size(file[0]));
    }

    /**
     * A file of an attempt as a page shows it: an iPhone photo (HEIC) as its JPEG copy when one was made, any
     * other file as it is.
     */
    @Transactional(readOnly = true)
    public FileContent shown(Scope scope, long submissionId, long fileId) {
        String[] file = readableFile(scope, submissionId, fileId);
        String copy = files.viewableCopyOf(file[0]).orElse(null);
        return copy == null ? files.open(file[0], file[1], 0, files.size(file[0]))
                : files.open(copy, file[1] + ".jpg", 0, files.size(copy));
    }

    /** The files of an attempt that have a copy browsers can show (HEIC photos made JPEG), for its teachers. */
    @Transactional(readOnly = true)
    public Set<Long> withViewableCopies(Scope scope, SubmissionView attempt) {
        AssignmentAccess.managed(callers.of(scope), find(attempt.assignmentId().value()), clock.instant());
        Set<Long> viewable = new HashSet<>();
        for (AttachedFile file : attempt.files()) {
            if (file.mediaType().equals("image/heic") || file.mediaType().equals("image/heif")) {
                submissions.file(attempt.id(), file.id()).flatMap(f -> files.viewableCopyOf(f[0]))
                        .ifPresent(copy -> viewable.add(file.id()));
            }
        }
        return viewable;
    }

    private String[] readableFile(Scope scope, long submissionId, long fileId) {
        SubmissionView submission = submissions.find(submissionId)
                .orElseThrow(() -> new NotFoundException("learning.error.submissionNotFound"));
        Caller caller = callers.of(scope);
        AssignmentRow a = find(submission.assignmentId().value());
        boolean allowed = AssignmentAccess.mayManage(caller, a)
                || AssignmentAccess.mayRead(caller, a, clock.instant()) && caller.follows(submission.studentId().value());
        if (!allowed) {
            throw new NotFoundException("learning.error.submissionNotFound");
        }
        return submissions.file(submissionId, fileId)
                .orElseThrow(() -> new NotFoundException("learning.error.fileNotFound"));
    }

    /** One registration per student and assignment: the xAPI statements of all its attempts belong together. */
    static UUID registration(long assignmentId, long studentId) {
        return UUID.nameUUIDFromBytes(("educloud:assignment:" + assignmentId + ":student:" + studentId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private AssignmentRow find(long id) {
        return assignments.find(id).orElseThrow(() -> new NotFoundException("learning.error.assignmentNotFound"));
    }
}

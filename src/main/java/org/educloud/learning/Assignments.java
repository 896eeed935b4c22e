package org.educloud.learning;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentAccess;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.learning.assignments.FileKind;
import org.educloud.learning.courses.CourseStore;
import org.educloud.learning.files.ReceivedUploads;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.RichText;
import org.educloud.library.StoredFile;
import org.educloud.library.StoredFiles;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setting assignments: a teacher drafts one for classes they teach, attaches files, publishes it (the class is
 * told), and reads it back; students and parents read the ones of their classes once open. An attached file is read
 * before the transaction that records it.
 */
@Service
public class Assignments {

    private final AssignmentStore store;
    private final RosterDirectory roster;
    private final CourseStore courses;
    private final Callers callers;
    private final StoredFiles files;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Assignments(AssignmentStore store, CourseStore courses, Callers callers, StoredFiles files,
                TenancyManagement tenancy, IdentityManagement identity, RosterDirectory roster,
                ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.roster = roster;
        this.courses = courses;
        this.callers = callers;
        this.files = files;
        this.tenancy = tenancy;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** How many files a teacher may attach while setting an assignment, and how large each may be. */
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_ATTACHMENT_MB = 100;

    /** Drafts the assignment for each chosen class; returns the new ids, one per class. */
    @Transactional
    public List<AssignmentId> set(Scope scope, AssignmentDraft draft) {
        return insert(scope, draft, List.of());
    }

    /**
     * Drafts the assignment with files attached to each class's copy, in one step. The draft's rules are settled
     * before the files are read (a refused draft's files are not read at all), and the files are read outside any
     * transaction, as every upload is.
     */
    public List<AssignmentId> set(Scope scope, AssignmentDraft draft, List<Upload> attachments) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new RuleViolationException("learning.error.tooManyAttachments", MAX_ATTACHMENTS);
        }
        for (Upload upload : attachments) {
            if (upload.size() > MAX_ATTACHMENT_MB * 1024L * 1024L) {
                throw new RuleViolationException("learning.error.fileTooLarge", upload.name(), MAX_ATTACHMENT_MB);
            }
        }
        if (attachments.isEmpty()) {
            return Objects.requireNonNull(transactions.execute(status -> insert(scope, draft, List.of())));
        }
        transactions.executeWithoutResult(status -> checked(callers.of(scope), draft));
        try (ReceivedUploads received = ReceivedUploads.receive(files, attachments)) {
            return Objects.requireNonNull(transactions.execute(status -> insert(scope, draft, received.files())));
        }
    }

    private List<AssignmentId> insert(Scope scope, AssignmentDraft draft, List<ReceivedFile> attachments) {
        Caller caller = callers.of(scope);
        List<String> types = checked(caller, draft);
        Instant opens = draft.opensAt().atZone(clock.getZone()).toInstant();
        Instant due = draft.dueAt().atZone(clock.getZone()).toInstant();
        String teacherName = identity.self(scope.userId()).displayName();
        List<StoredFile> stored = attachments.stream().map(files::store).toList();
        List<AssignmentId> ids = new ArrayList<>();
        for (long classId : new LinkedHashSet<>(classIds(draft))) {
            SchoolClassView schoolClass = caller.taught().get(classId);
            var school = tenancy.find(schoolClass.schoolId()).orElseThrow();
            long id = store.insert(new AssignmentRow(0, school.id(), school.path(), classId, schoolClass.name(),
                    caller.account(), teacherName, draft.title().strip(), RichText.sanitised(draft.instructions()),
                    opens, due, AssignmentStore.scale(draft.maxScore()), draft.latePolicy(), draft.textAllowed(),
                    draft.filesAllowed(), types, draft.maxFileMb(), draft.resubmission(), draft.rubric(),
                    AssignmentStatus.DRAFT, null, lessonId(draft)), clock.instant());
            stored.forEach(file -> store.attach(id, file));
            ids.add(AssignmentId.of(id));
        }
        return ids;
    }

    /** Checks a draft against the caller's classes and the rules; answers the file kinds students may hand in. */
    private List<String> checked(Caller caller, AssignmentDraft draft) {
        if (caller.taught().isEmpty()) {
            throw new ForbiddenException("learning.error.notATeacher");
        }
        if (!caller.taught().keySet().containsAll(classIds(draft))) {
            throw new ForbiddenException("learning.error.notYourClass");
        }
        Instant opens = draft.opensAt().atZone(clock.getZone()).toInstant();
        Instant due = draft.dueAt().atZone(clock.getZone()).toInstant();
        if (!due.isAfter(opens)) {
            throw new RuleViolationException("learning.error.dueBeforeOpen");
        }
        if (!draft.textAllowed() && !draft.filesAllowed()) {
            throw new RuleViolationException("learning.error.noSubmissionType");
        }
        List<String> types = fileTypes(draft);
        if (draft.rubric() != null && draft.rubric().maximum().compareTo(draft.maxScore()) != 0) {
            throw new RuleViolationException("learning.error.rubricMaximum", draft.rubric().maximum(),
                    draft.maxScore());
        }
        Long lessonId = lessonId(draft);
        if (lessonId != null && !courses.lessonAttachedToAll(lessonId, classIds(draft))) {
            throw new RuleViolationException("learning.error.courseNotAttached");
        }
        return types;
    }

    /** Publishes a draft; its class's students and parents are told. Publishing twice changes nothing. */
    @Transactional
    public void publish(Scope scope, AssignmentId assignmentId) {
        AssignmentRow a = managed(scope, assignmentId);
        long id = assignmentId.value();
        // the installation counts its own roster here: the teacher need not administer the school to set work
        long classSize = roster.classSizes(Scope.installation(), a.schoolPath(), List.of(ClassId.of(a.classId())))
                .getOrDefault(ClassId.of(a.classId()), 0L);
        if (store.publish(id, clock.instant(), classSize)) {
            events.publishEvent(new AssignmentPublished(assignmentId, ClassId.of(a.classId()), a.schoolId(),
                    a.title(), a.teacherAccount(), a.dueAt(), clock.instant()));
        }
    }

    /** Attaches a file to an assignment its teacher manages (any kind the library's storage accepts). */
    public AttachedFile attach(Scope scope, AssignmentId assignmentId, InputStream content, String fileName) {
        transactions.executeWithoutResult(status -> managed(scope, assignmentId));
        try (ReceivedFile file = files.receive(content, fileName)) {
            return Objects.requireNonNull(transactions.execute(status -> {
                managed(scope, assignmentId);
                store.attach(assignmentId.value(), files.store(file));
                return store.files(assignmentId.value()).getLast();
            }));
        }
    }

    @Transactional(readOnly = true)
    public AssignmentDetail detail(Scope scope, AssignmentId assignmentId) {
        long id = assignmentId.value();
        Caller caller = callers.of(scope);
        AssignmentRow a = AssignmentAccess.readable(caller, find(assignmentId), clock.instant());
        boolean manages = AssignmentAccess.mayManage(caller, a);
        int students = caller.taught().containsKey(a.classId()) ? (int) caller.taught().get(a.classId()).students() : 0;
        AssignmentView view = store.view(a, students, manages ? store.progress(List.of(id)).get(id) : null);
        return new AssignmentDetail(view, a.instructions(), a.textAllowed(), a.filesAllowed(), a.fileTypes(),
                a.maxFileMb(), a.resubmission(), a.rubric(), store.files(id), manages);
    }

    /** The assignments of the classes the caller teaches (drafts included), or under the caller's admin paths. */
    @Transactional(readOnly = true)
    public List<AssignmentView> managed(Scope scope) {
        Caller caller = callers.of(scope);
        List<AssignmentRow> rows = caller.taught().isEmpty()
                ? store.under(scope.adminPaths(), 200)
                : store.ofClasses(caller.taught().keySet(), true, null, 200);
        Map<Long, int[]> progress = store.progress(rows.stream().map(AssignmentRow::id).toList());
        return rows.stream().map(a -> store.view(a, caller.taught().containsKey(a.classId())
                ? (int) caller.taught().get(a.classId()).students() : 0, progress.get(a.id()))).toList();
    }

    /** A file attached to an assignment the caller may read. */
    @Transactional(readOnly = true)
    public FileContent file(Scope scope, AssignmentId assignmentId, long fileId) {
        AssignmentAccess.readable(callers.of(scope), find(assignmentId), clock.instant());
        String[] file = store.file(assignmentId.value(), fileId)
                .orElseThrow(() -> new NotFoundException("learning.error.fileNotFound"));
        long size = files.size(file[0]);
        return files.open(file[0], file[1], 0, size);
    }

    /** Whether the caller teaches the assignment's class (or set it); "not found" for an unknown id. */
    boolean manages(Scope scope, AssignmentId id) {
        return AssignmentAccess.mayManage(callers.of(scope), find(id));
    }

    /** Whether the caller may read the assignment and follows the student in its class (themselves, a child). */
    boolean followsIn(Scope scope, AssignmentId id, long studentId) {
        Caller caller = callers.of(scope);
        AssignmentRow a = AssignmentAccess.readable(caller, find(id), clock.instant());
        return caller.followingIn(a.classId()).stream().anyMatch(s -> s.studentId().value() == studentId);
    }

    AssignmentRow managed(Scope scope, AssignmentId id) {
        return AssignmentAccess.managed(callers.of(scope), find(id), clock.instant());
    }

    private AssignmentRow find(AssignmentId id) {
        return store.find(id.value()).orElseThrow(() -> new NotFoundException("learning.error.assignmentNotFound"));
    }

    /** The draft's classes as the caller's and the stores' keys; a missing one stays missing (no class taught). */
    private static List<Long> classIds(AssignmentDraft draft) {
        return draft.classIds().stream().map(id -> id == null ? null : id.value()).toList();
    }

    private static @Nullable Long lessonId(AssignmentDraft draft) {
        return draft.lessonId() == null ? null : draft.lessonId().value();
    }

    private static List<String> fileTypes(AssignmentDraft draft) {
        if (!draft.filesAllowed()) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String type : draft.fileTypes() == null ? List.<String>of() : draft.fileTypes()) {
            String clean = FileKind.named(type).orElseThrow(() -> new RuleViolationException(
                    "learning.error.fileTypeUnknown", type, FileKind.choices())).extension();
            if (!types.contains(clean)) {
                types.add(clean);
            }
        }
        if (types.isEmpty()) {
            throw new RuleViolationException("learning.error.fileTypesMissing");
        }
        return types;
    }
}

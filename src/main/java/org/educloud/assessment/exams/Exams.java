package org.educloud.assessment.exams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's exams: its admins define them (name, date, term, grade, subjects with full marks, the pass and
 * excellence lines) and set what students and parents see of ranks; everyone finds the exams they reach.
 */
@org.springframework.modulith.NamedInterface("exams")
@Service
public class Exams {

    static final int MAX_SUBJECTS = 12;
    static final int MOST_LISTED = 100;

    private final ExamStore store;
    private final ExamAccess access;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Exams(ExamStore store, ExamAccess access, RosterDirectory roster, TenancyManagement tenancy,
          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.roster = roster;
        this.tenancy = tenancy;
        this.events = events;
        this.clock = clock;
    }

    /** Defines an exam of a school the caller runs as its admin. */
    @Transactional
    public long define(Scope scope, long schoolId, ExamDraft draft) {
        OrgNodeView school = administered(scope, schoolId);
        check(draft);
        if (roster.terms(scope, school.id()).stream().noneMatch(t -> t.id().value() == draft.termId())) {
            throw new FieldRuleViolationException("termId", "assessment.exam.error.term");
        }
        long id = store.insert(schoolId, school.path(), draft, scope.userId().value(), clock.instant());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "assessment.exam.defined", "exam #" + id,
                school.path(), draft.name().strip()));
        return id;
    }

    /** The exams the caller reaches: of the schools they run, the grades they teach, or their children's. */
    @Transactional(readOnly = true)
    public List<ExamView> reachable(Scope scope) {
        Map<Long, ExamView> exams = new LinkedHashMap<>();
        store.under(scope.adminPaths(), MOST_LISTED).forEach(e -> exams.put(e.id(), e));
        Set<String> grades = new HashSet<>();
        for (SchoolClassView c : roster.taughtClasses(scope)) {
            if (grades.add(c.schoolId().value() + "/" + c.grade())) {
                store.ofGrade(c.schoolId().value(), c.grade(), MOST_LISTED).forEach(e -> exams.putIfAbsent(e.id(), e));
            }
        }
        List<Long> children = roster.myChildren(scope).stream().map(s -> s.id().value()).toList();
        store.ofStudents(children, MOST_LISTED).forEach(e -> exams.putIfAbsent(e.id(), e));
        List<ExamView> sorted = new ArrayList<>(exams.values());
        sorted.sort((a, b) -> b.heldOn().compareTo(a.heldOn()) != 0 ? b.heldOn().compareTo(a.heldOn())
                : Long.compare(b.id(), a.id()));
        return sorted;
    }

    /** An exam the caller reaches, with their view of it; any other id is not found. */
    @Transactional(readOnly = true)
    public ExamView readable(Scope scope, long examId) {
        ExamView exam = access.exam(examId);
        access.viewer(scope, exam);
        return exam;
    }

    /** The schools the caller runs as a school admin: where they may define exams. */
    public List<OrgNodeView> schoolsToExamine(Scope scope) {
        List<OrgNodeView> schools = new ArrayList<>();
        for (Scope.Grant grant : scope.grants()) {
            List<OrgId> ids = grant.path().ids();
            if (grant.role() == Role.SCHOOL_ADMIN && !ids.isEmpty()) {
                tenancy.find(ids.getLast()).ifPresent(schools::add);
            }
        }
        return schools;
    }

    /** Whether students and parents of the school see their child's ranks (hidden unless the school shows them). */
    public boolean ranksToFamilies(long schoolId) {
        return store.ranksToFamilies(schoolId);
    }

    @Transactional
    public void showRanksToFamilies(Scope scope, long schoolId, boolean shown) {
        OrgNodeView school = administered(scope, schoolId);
        store.setRanksToFamilies(schoolId, school.path(), shown, clock.instant());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "assessment.exam.rankPrivacy",
                "school #" + schoolId, school.path(), shown ? "shown" : "hidden"));
    }

    private OrgNodeView administered(Scope scope, long schoolId) {
        OrgNodeView school = roster.managedSchool(scope, OrgId.of(schoolId));
        if (!scope.holds(Role.SCHOOL_ADMIN, school.path())) {
            throw new ForbiddenException("assessment.exam.error.schoolAdminsOnly");
        }
        return school;
    }

    static void check(ExamDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new FieldRuleViolationException("name", "assessment.exam.error.name");
        }
        if (draft.grade() < 1 || draft.grade() > 12) {
            throw new FieldRuleViolationException("grade", "assessment.exam.error.grade");
        }
        if (draft.subjects().isEmpty() || draft.subjects().size() > MAX_SUBJECTS) {
            throw new FieldRuleViolationException("subjects", "assessment.exam.error.subjects", MAX_SUBJECTS);
        }
        Set<String> seen = new HashSet<>();
        for (ExamSubject subject : draft.subjects()) {
            String s = subject.subject().strip();
            if (s.isEmpty() || s.length() > 20 || !seen.add(s)) {
                throw new FieldRuleViolationException("subjects", "assessment.exam.error.subjectName", s);
            }
            if (!(subject.fullMarks() >= 1 && subject.fullMarks() <= 1000)) {
                throw new FieldRuleViolationException("subjects", "assessment.exam.error.fullMarks", s);
            }
        }
        if (draft.passPercent() < 1 || draft.passPercent() > 100 || draft.excellentPercent() < draft.passPercent()
                || draft.excellentPercent() > 100) {
            throw new FieldRuleViolationException("passPercent", "assessment.exam.error.lines");
        }
    }

    static OrgPath path(ExamView exam) {
        return new OrgPath(exam.schoolPath());
    }
}

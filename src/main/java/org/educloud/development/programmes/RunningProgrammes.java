package org.educloud.development.programmes;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.learning.CourseId;
import org.educloud.learning.LearnableCourse;
import org.educloud.learning.TeacherLearners;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bureau or school administrator runs a programme for its node: creates it, adds sessions and records who
 * attended. Recording attendance completes, by the programme's rule, every participant who now meets it, once.
 * Anyone who does not administer the node running the programme finds no such programme.
 */
@Service
@Transactional
public class RunningProgrammes {

    static final int MAX_SESSIONS = 100;
    static final int MAX_COURSES = 20;

    private final ProgrammeStore store;
    private final TenancyManagement tenancy;
    private final CompletingProgrammes completing;
    private final TeacherLearners learners;
    private final Clock clock;

    RunningProgrammes(ProgrammeStore store, TenancyManagement tenancy, CompletingProgrammes completing,
                      TeacherLearners learners, Clock clock) {
        this.store = store;
        this.tenancy = tenancy;
        this.completing = completing;
        this.learners = learners;
        this.clock = clock;
    }

    /** The node a caller runs programmes for: one they administer, else not found. */
    public OrgNodeView runner(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canAdminister(node.path()) || node.path().equals(OrgPath.ROOT)) {
            throw new NotFoundException("development.error.programmeNotFound");
        }
        return node;
    }

    public long create(Scope scope, OrgId org, ProgrammeForm form) {
        OrgNodeView node = runner(scope, org);
        Targets targets = checked(tenancy, node.path(), form);
        return store.create(node.id().value(), node.path(), Objects.requireNonNull(form.name()).strip(),
                form.description() == null ? "" : form.description().strip(),
                Objects.requireNonNull(form.creditHours()), Objects.requireNonNull(form.rule()),
                form.rule() == CompletionRule.HOURS ? form.minHours() : null, targets, scope.userId().value(),
                clock.instant());
    }

    /** The form's targets, once its school is under the running node and a rule of hours has its minimum. */
    static Targets checked(TenancyManagement tenancy, OrgPath runner, ProgrammeForm form) {
        Targets targets = form.targets();
        if (targets.schoolId() != null) {
            OrgNodeView school = tenancy.find(OrgId.of(targets.schoolId())).orElse(null);
            if (school == null || !school.isSchool() || !runner.contains(school.path())) {
                throw new FieldRuleViolationException("targetSchool", "development.programme.schoolOutside");
            }
        }
        if (form.rule() == CompletionRule.HOURS && form.minHours() == null) {
            throw new FieldRuleViolationException("minHours", "development.programme.minHoursNeeded");
        }
        return targets;
    }

    /** A programme the caller administers (run by their node or one under it). */
    @Transactional(readOnly = true)
    public Programme administered(Scope scope, long id) {
        return store.find(id).filter(p -> scope.canAdminister(p.ownerPath()))
                .orElseThrow(() -> new NotFoundException("development.error.programmeNotFound"));
    }

    @Transactional(readOnly = true)
    public List<Programme> run(Scope scope) {
        return store.under(scope.adminPaths());
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSession> sessions(Scope scope, long id) {
        return store.sessions(administered(scope, id).id());
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(Scope scope, long id) {
        return store.participants(administered(scope, id).id(), null);
    }

    public long addSession(Scope scope, long id, SessionForm form) {
        Programme programme = administered(scope, id);
        if (store.sessions(programme.id()).size() >= MAX_SESSIONS) {
            throw new FieldRuleViolationException("title", "development.programme.tooManySessions", MAX_SESSIONS);
        }
        Instant startsAt = Objects.requireNonNull(form.startsAt()).atZone(SchoolYear.CHINA).toInstant();
        return store.addSession(programme.id(), Objects.requireNonNull(form.title()).strip(),
                Objects.requireNonNull(form.mode()), startsAt, Objects.requireNonNull(form.hours()),
                form.place() == null || form.place().isBlank() ? null : form.place().strip());
    }

    @Transactional(readOnly = true)
    public List<ProgrammeCourse> courses(Scope scope, long id) {
        return store.courses(administered(scope, id).id());
    }

    /** The published courses the programme could still add: those reaching every school under its node. */
    @Transactional(readOnly = true)
    public List<LearnableCourse> addableCourses(Scope scope, long id) {
        Programme programme = administered(scope, id);
        List<Long> added = store.courses(programme.id()).stream().map(ProgrammeCourse::courseId).toList();
        return learners.reaching(scope, programme.ownerPath()).stream()
                .filter(c -> !added.contains(c.id().value())).toList();
    }

    /**
     * Adds a course reaching the programme's node, enrols every participant in it, and completes whoever it now
     * completes (a participant may have completed the course already).
     */
    public void addCourse(Scope scope, long id, CourseForm form) {
        Programme programme = administered(scope, id);
        if (store.courses(programme.id()).size() >= MAX_COURSES) {
            throw new FieldRuleViolationException("course", "development.programme.tooManyCourses", MAX_COURSES);
        }
        LearnableCourse course;
        try {
            course = learners.reaching(scope, programme.ownerPath(), CourseId.of(Objects.requireNonNull(form.course())));
        } catch (NotFoundException outside) {
            throw new FieldRuleViolationException("course", "development.programme.courseOutside");
        }
        if (store.addCourse(programme.id(), course.id().value(), course.title(), Objects.requireNonNull(form.hours()),
                scope.userId().value(), clock.instant())) {
            completing.enrol(programme, store.participants(programme.id(), null).stream()
                    .map(Participant::account).toList());
        }
    }

    /**
     * Who attended a session (the list replaces the one before; teachers not in the programme are ignored); then
     * completes everyone the rule now admits. A completion stays even if attendance is later corrected down: the
     * hours and the certificate went out with it.
     */
    public int recordAttendance(Scope scope, long id, long session, Collection<Long> present) {
        Programme programme = administered(scope, id);
        if (store.sessions(programme.id()).stream().noneMatch(s -> s.id() == session)) {
            throw new NotFoundException("development.error.sessionNotFound");
        }
        store.recordAttendance(programme.id(), session, present, scope.userId().value(), clock.instant());
        return completing.completeDue(programme);
    }
}

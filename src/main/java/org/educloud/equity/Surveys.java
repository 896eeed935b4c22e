package org.educloud.equity;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.equity.surveys.CountsReadAhead;
import org.educloud.equity.surveys.Plausibility;
import org.educloud.equity.surveys.SurveyStore;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The school-condition survey's workflow: the school (or its bureau for it) enters figures while the year is open,
 * submits them — the roster's counts are copied then — and the district confirms or sends them back with a reason.
 * Only confirmed surveys count. Schools outside the caller's administration answer not found.
 */
@Service
@Validated
@Transactional
public class Surveys {

    private final SurveyStore store;
    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final IdentityManagement identity;
    private final SchoolYears years;
    private final ApplicationEventPublisher events;
    private final EquityReach reach;
    private final Clock clock;

    Surveys(SurveyStore store, TenancyManagement tenancy, RosterDirectory roster, IdentityManagement identity,
            SchoolYears years, ApplicationEventPublisher events, EquityReach reach, Clock clock) {
        this.reach = reach;
        this.store = store;
        this.tenancy = tenancy;
        this.roster = roster;
        this.identity = identity;
        this.years = years;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveyView of(Scope scope, OrgId school, String year) {
        OrgNodeView node = administeredSchool(scope, school);
        years.known(year);
        return store.find(school, year).map(row -> view(row, node, null))
                .orElseGet(() -> new SurveyView(0, school, node.name(), node.path(), year, SurveyStatus.DRAFT,
                        SurveyFigures.empty(), liveCounts(node), null, null, null, null, null, null, null, 0));
    }

    /** Every school under a bureau or school with its survey of the year (not started ones included). */
    @Transactional(readOnly = true)
    public List<SurveyView> under(Scope scope, OrgId node, String year) {
        OrgNodeView top = reach.administered(scope, node);
        years.known(year);
        Map<OrgId, SurveyStore.Row> rows = store.under(top.path(), year).stream()
                .collect(Collectors.toMap(SurveyStore.Row::school, Function.identity()));
        // live counts only where the survey has none fixed yet: a confirmed district reads no roster at all
        List<OrgNodeView> schools = tenancy.schoolsUnder(top.path()).stream().filter(OrgNodeView::isSchool)
                .filter(s -> s.isActive() || rows.containsKey(s.id())).toList();
        List<OrgId> open = schools.stream().map(OrgNodeView::id)
                .filter(id -> rows.get(id) == null || rows.get(id).status().editable()).toList();
        Map<OrgId, SchoolStaffing> live = open.isEmpty() ? Map.of() : roster.staffing(scope, top.path(), open)
                .stream().collect(Collectors.toMap(SchoolStaffing::school, Function.identity()));
        Instant now = clock.instant();
        return schools.stream()
                .map(s -> {
                    SurveyStore.Row row = rows.get(s.id());
                    RosterCounts counts = RosterCounts.of(live.get(s.id()), s.stages(), now);
                    return row == null
                            ? new SurveyView(0, s.id(), s.name(), s.path(), year, SurveyStatus.DRAFT,
                            SurveyFigures.empty(), counts, null, null, null, null, null, null, null, 0)
                            : view(row, s, counts);
                }).toList();
    }

    /**
     * Saves figures as a draft. {@code version} is the one the form was read at (null for a survey not started):
     * a survey changed meanwhile is refused rather than overwritten.
     */
    public SurveyView save(Scope scope, OrgId school, String year, @Valid SurveyFigures figures, @Nullable Integer version) {
        OrgNodeView node = administeredSchool(scope, school);
        years.requireOpen(year);
        var existing = store.find(school, year);
        if (existing.isPresent() && !existing.get().status().editable()) {
            throw new RuleViolationException("equity.error.notEditable");
        }
        Plausibility.check(figures, liveCounts(node).allStudents());
        Integer expected = existing.map(SurveyStore.Row::version).orElse(null);
        if (!Objects.equals(expected, version) || !store.saveDraft(school, node.path(), year, figures,
                scope.userId().value(), nameOf(scope), clock.instant(), expected)) {
            throw new ConflictException("", "equity.error.changedMeanwhile");
        }
        return of(scope, school, year);
    }

    /** Submits a complete draft for the district's confirmation, with the roster's counts as they are now. */
    public SurveyView submit(Scope scope, OrgId school, String year, int version) {
        return submit(scope, school, year, version, null);
    }

    /**
     * As {@link #submit(Scope, OrgId, String, int)}, with the roster's counts read just before for many schools at
     * once (a bulk submit reads them in one go rather than per school), or null to read them now. Only this module
     * can call it: {@code CountsReadAhead} is internal.
     */
    public SurveyView submit(Scope scope, OrgId school, String year, int version,
                             @Nullable CountsReadAhead counted) {
        OrgNodeView node = administeredSchool(scope, school);
        years.requireOpen(year);
        SurveyStore.Row row = store.find(school, year).orElseThrow(
                () -> new RuleViolationException("equity.error.nothingToSubmit"));
        if (!row.status().editable()) {
            throw new RuleViolationException("equity.error.notEditable");
        }
        String missing = row.figures().firstMissing();
        if (missing != null) {
            throw new FieldRuleViolationException(missing, "equity.error.incomplete");
        }
        RosterCounts counts = counted != null ? counted.counts() : liveCounts(node);
        if (counts.allStudents() == 0) {
            throw new RuleViolationException("equity.error.noStudents", node.name());
        }
        Plausibility.check(row.figures(), counts.allStudents());
        if (!store.submit(row.id(), version, counts, nameOf(scope), clock.instant())) {
            throw new ConflictException("", "equity.error.changedMeanwhile");
        }
        audit(scope, "equity.survey.submitted", node, year);
        return of(scope, school, year);
    }

    /** The district (or a bureau above it) accepts submitted figures: from now on they count in reports. */
    public SurveyView confirm(Scope scope, OrgId school, String year, int version) {
        OrgNodeView node = administeredSchool(scope, school);
        requireBureau(scope, node);
        SurveyStore.Row row = store.find(school, year).orElseThrow(
                () -> new NotFoundException("equity.error.notFound"));
        if (row.status() != SurveyStatus.SUBMITTED || !store.confirm(row.id(), version, nameOf(scope),
                clock.instant())) {
            throw new ConflictException("", "equity.error.changedMeanwhile");
        }
        audit(scope, "equity.survey.confirmed", node, year);
        return of(scope, school, year);
    }

    /** Sends a submitted or confirmed survey back to the school for correction; the reason is required. */
    public SurveyView sendBack(Scope scope, OrgId school, String year, int version, @Nullable String reason) {
        OrgNodeView node = administeredSchool(scope, school);
        requireBureau(scope, node);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("equity.error.reasonRequired");
        }
        SurveyStore.Row row = store.find(school, year).orElseThrow(
                () -> new NotFoundException("equity.error.notFound"));
        if (!store.sendBack(row.id(), version, why)) {
            throw new ConflictException("", "equity.error.changedMeanwhile");
        }
        audit(scope, "equity.survey.returned", node, year);
        return of(scope, school, year);
    }

    /**
     * The current year's surveys waiting for the caller, for their home page: bureau admins confirm submitted ones
     * below them; school admins fill in and submit their own school's (not started, draft or sent back). Reads the
     * survey table and the org tree only, never the roster.
     */
    @Transactional(readOnly = true)
    public List<SurveyToDo> toDo(Scope scope) {
        String year = years.current();
        Map<OrgId, SurveyToDo> work = new java.util.LinkedHashMap<>();
        for (OrgPath top : scope.adminPaths()) {
            Map<OrgId, SurveyStore.Row> rows = store.under(top, year).stream()
                    .collect(Collectors.toMap(SurveyStore.Row::school, Function.identity()));
            for (OrgNodeView school : tenancy.schoolsUnder(top)) {
                if (!school.isSchool() || !school.isActive() || work.containsKey(school.id())) {
                    continue;
                }
                SurveyStore.Row row = rows.get(school.id());
                SurveyStatus status = row == null ? null : row.status();
                boolean waits = confirms(scope, school.path()) ? status == SurveyStatus.SUBMITTED
                        : status == null || status.editable();
                if (waits) {
                    work.put(school.id(), new SurveyToDo(school.id(), school.name(), year, status));
                }
            }
        }
        return List.copyOf(work.values());
    }

    /**
     * The school's enrolled students in no homeroom class as the roster has them now (at most {@code limit}), so the
     * survey can name whom the school still has to place.
     */
    @Transactional(readOnly = true)
    public List<org.educloud.roster.UnplacedStudent> unplaced(Scope scope, OrgId school, int limit) {
        OrgNodeView node = administeredSchool(scope, school);
        return roster.studentsWithoutHomeroom(scope, node.path(), limit);
    }

    /**
     * The school's one compulsory stage when it has a single one (unplaced students then count in it: a 完全中学 of
     * junior and senior has junior), else null.
     */
    @Transactional(readOnly = true)
    public org.educloud.tenancy.@Nullable Stage singleStage(Scope scope, OrgId school) {
        var stages = administeredSchool(scope, school).stages().stream()
                .filter(s -> s == org.educloud.tenancy.Stage.PRIMARY || s == org.educloud.tenancy.Stage.JUNIOR)
                .toList();
        return stages.size() == 1 ? stages.getFirst() : null;
    }

    /** Whether the caller confirms surveys of this school: a bureau admin above it, not the school's own. */
    public boolean confirms(Scope scope, OrgPath school) {
        return scope.holds(Role.DISTRICT_ADMIN, school) || scope.holds(Role.REGION_ADMIN, school)
                || scope.isOperator();
    }

    /**
     * One audit entry on the bureau for a bulk submit or confirm, besides each school's own; the detail is the year
     * and the schools done of those chosen.
     */
    public void recordBulk(Scope scope, OrgNodeView bureau, String action, String year, int done, int leftAlone) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, bureau.name(), bureau.path(),
                year + " · " + done + "/" + (done + leftAlone)));
    }

    private void requireBureau(Scope scope, OrgNodeView school) {
        if (!confirms(scope, school.path())) {
            throw new ForbiddenException("equity.error.bureauOnly");
        }
    }

    private OrgNodeView administeredSchool(Scope scope, OrgId school) {
        return reach.administered(scope, school, OrgKind.SCHOOL);
    }

    private RosterCounts liveCounts(OrgNodeView school) {
        SchoolStaffing staffing = roster.staffing(Scope.installation(), school.path()).stream()
                .filter(s -> s.school().equals(school.id())).findFirst().orElse(null);
        return RosterCounts.of(staffing, school.stages(), clock.instant());
    }

    private SurveyView view(SurveyStore.Row row, OrgNodeView school, @Nullable RosterCounts live) {
        RosterCounts counts = row.counts() != null && !row.status().editable() ? row.counts()
                : live != null ? live : liveCounts(school);
        return new SurveyView(row.id(), row.school(), school.name(), row.schoolPath(), row.schoolYear(),
                row.status(), row.figures(), counts, row.enteredByName(), row.enteredAt(), row.submittedByName(),
                row.submittedAt(), row.confirmedByName(), row.confirmedAt(), row.returnedReason(), row.version());
    }

    private String nameOf(Scope scope) {
        return scope.userId().value() == 0 ? "EduCloud" : identity.self(scope.userId()).displayName();
    }

    private void audit(Scope scope, String action, OrgNodeView school, String year) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, school.name(), school.path(), year));
    }
}

package org.educloud.development.credits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.educloud.development.TrainingCompleted;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.support.TeacherSchool;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's ledger and the cycle it is measured against; a completed programme's hours credited once (the event
 * may come again, the ledger keeps one entry); who at a school is behind the share of the cycle due by this year.
 */
@Service
@Transactional
public class CreditLedger {

    private static final int PAGE = 200;

    /** A teacher's ledger: entries by year (newest first), hours this cycle against the requirement. */
    public record Ledger(Map<Integer, List<CreditEntry>> byYear, Requirement requirement, int cycleStart, int cycleEnd,
                         BigDecimal cycleHours, BigDecimal expected, List<Claim> claims) {

        public boolean behind() {
            return cycleHours.compareTo(expected) < 0;
        }

        public BigDecimal yearTotal(int year) {
            return byYear.getOrDefault(year, List.of()).stream().map(CreditEntry::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One teacher of a school against the cycle. */
    public record Standing(long account, String name, BigDecimal hours, BigDecimal expected, BigDecimal required) {

        public boolean behind() {
            return hours.compareTo(expected) < 0;
        }

        public BigDecimal shortfall() {
            return expected.subtract(hours).max(BigDecimal.ZERO);
        }
    }

    private final CreditStore store;
    private final IdentityManagement identity;
    private final TenancyManagement tenancy;
    private final Clock clock;

    CreditLedger(CreditStore store, IdentityManagement identity, TenancyManagement tenancy, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Synchronous, in the completing transaction: the hours are in the ledger when the attendance page returns. */
    @EventListener
    void on(TrainingCompleted completed) {
        store.credit(completed.teacher().value(), completed.teacherName(), completed.school().value(),
                completed.schoolPath(), completed.creditHours(), CreditSource.PROGRAMME, completed.programmeId(), null,
                "", completed.programmeName(), completed.completedAt().atZone(SchoolYear.CHINA).toLocalDate(), 0,
                completed.completedAt());
    }

    @Transactional(readOnly = true)
    public Ledger mine(Scope scope) {
        OrgPath school = TeacherSchool.of(scope).orElseThrow(() -> new NotFoundException("development.error.notATeacher"));
        Requirement requirement = requirementFor(school);
        int year = thisYear();
        Map<Integer, List<CreditEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<CreditEntry> entries = store.entries(scope.userId().value());
        entries.forEach(e -> byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        int start = requirement.cycleStart(year);
        int end = requirement.cycleEnd(year);
        BigDecimal cycle = entries.stream().filter(e -> e.year() >= start && e.year() <= end).map(CreditEntry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Ledger(byYear, requirement, start, end, cycle, requirement.expectedBy(year),
                store.claimsOf(scope.userId().value()));
    }

    /** The school's teachers against the cycle, those furthest behind first; for those who administer it. */
    @Transactional(readOnly = true)
    public List<Standing> standings(Scope scope, OrgNodeView school) {
        Requirement requirement = requirementFor(school.path());
        int year = thisYear();
        Map<Long, BigDecimal> hours = store.hoursUnder(school.path(), requirement.cycleStart(year), year);
        BigDecimal expected = requirement.expectedBy(year);
        // the caller's administrative grants, narrowed to the school: a bureau's admin pages through that school's
        // teachers only, not every teacher under the bureau
        Scope atSchool = new Scope(scope.userId(), scope.grants().stream()
                .filter(g -> g.role().administrative() && g.path().contains(school.path()))
                .map(g -> new Scope.Grant(g.role(), school.path())).toList());
        List<Standing> standings = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageSlice<AccountView> slice = identity.search(atSchool, null, Role.TEACHER, null, page, PAGE);
            for (AccountView account : slice.items()) {
                if (account.status() != AccountStatus.DISABLED && account.grants().stream().anyMatch(g ->
                        g.role() == Role.TEACHER && school.id().equals(g.orgId()))) {
                    standings.add(new Standing(account.id().value(), account.displayName(),
                            hours.getOrDefault(account.id().value(), BigDecimal.ZERO), expected, requirement.hours()));
                }
            }
            if (!slice.hasNext()) {
                break;
            }
        }
        standings.sort(Comparator.comparing(Standing::shortfall).reversed().thenComparing(Standing::name));
        return standings;
    }

    /** A school or bureau the caller administers, else not found. */
    public OrgNodeView administered(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canAdminister(node.path())) {
            throw new NotFoundException("development.error.orgNotFound");
        }
        return node;
    }

    @Transactional(readOnly = true)
    public Requirement requirementFor(OrgPath path) {
        List<OrgId> deepestFirst = new ArrayList<>(path.ids());
        java.util.Collections.reverse(deepestFirst);
        return store.requirement(deepestFirst).orElse(Requirement.DEFAULT);
    }

    /** A bureau (region or district) sets the cycle requirement its schools follow. */
    public void setRequirement(Scope scope, OrgId org, Requirement requirement) {
        OrgNodeView node = administered(scope, org);
        if (node.isSchool()) {
            throw new NotFoundException("development.error.bureauNotFound");
        }
        store.setRequirement(node.id(), node.path(), requirement, scope.userId().value(), clock.instant());
    }

    int thisYear() {
        return LocalDate.now(clock.withZone(SchoolYear.CHINA)).getYear();
    }
}

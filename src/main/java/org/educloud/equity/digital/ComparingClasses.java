package org.educloud.equity.digital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.equity.EquityReach;
import org.educloud.equity.SchoolYears;
import org.educloud.learning.ClassWork;
import org.educloud.learning.LearningFigures;
import org.educloud.library.UsageFigures;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District → school → class: how the classes of one school compare over a period. Classes of the school's latest
 * term are always listed (a class with nothing set shows so); older classes only when they had work or pushes in
 * the period.
 */
@Service
@Transactional(readOnly = true)
public class ComparingClasses {

    private static final int PAGE = 200;

    private final EquityReach reach;
    private final RosterDirectory roster;
    private final LearningFigures learning;
    private final UsageFigures usage;
    private final SchoolYears years;
    private final Clock clock;

    ComparingClasses(EquityReach reach, RosterDirectory roster, LearningFigures learning, UsageFigures usage,
                     SchoolYears years, Clock clock) {
        this.reach = reach;
        this.roster = roster;
        this.learning = learning;
        this.usage = usage;
        this.years = years;
        this.clock = clock;
    }

    public SchoolClasses of(Scope scope, OrgId schoolId, @Nullable LocalDate from, @Nullable LocalDate to) {
        OrgNodeView school = reach.administered(scope, schoolId, OrgKind.SCHOOL);
        SchoolYears.Period period = years.period(from, to);
        LocalDate first = period.from();
        LocalDate last = period.to();
        Map<ClassId, ClassWork> work = learning.perClass(scope, school.path(),
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant()).stream()
                .collect(Collectors.toMap(ClassWork::classId, Function.identity()));
        Map<ClassId, Long> pushes = usage.pushesPerClass(scope, school.path(), first, last);
        List<SchoolClassView> classes = classesOf(scope, school);
        long latestTerm = classes.stream().mapToLong(c -> c.termId().value()).max().orElse(0);
        Set<ClassId> active = new HashSet<>(work.keySet());
        active.addAll(pushes.keySet());
        List<SchoolClasses.ClassLine> lines = classes.stream()
                .filter(c -> c.termId().value() == latestTerm || active.contains(c.id()))
                .sorted(Comparator.<SchoolClassView>comparingLong(c -> c.termId().value()).reversed()
                        .thenComparingInt(SchoolClassView::grade).thenComparing(SchoolClassView::name))
                .map(c -> line(c, work.get(c.id()), pushes.getOrDefault(c.id(), 0L)))
                .toList();
        return new SchoolClasses(school.id(), school.name(), school.parentId(), first, last, lines);
    }

    /** Whether the caller reports on the district too, so the page may lead back up to it. */
    public boolean reportsOn(Scope scope, OrgId district) {
        return reach.districts(scope).stream().anyMatch(d -> d.id().equals(district));
    }

    private List<SchoolClassView> classesOf(Scope scope, OrgNodeView school) {
        List<SchoolClassView> all = new ArrayList<>();
        PageSlice<SchoolClassView> slice;
        int page = 0;
        do {
            slice = roster.classes(scope, school.id(), null, page++, PAGE);
            all.addAll(slice.items());
        } while (slice.hasNext());
        return all;
    }

    static SchoolClasses.ClassLine line(SchoolClassView c, @Nullable ClassWork work, long pushes) {
        long assignments = work == null ? 0 : work.assignments();
        long expected = assignments * c.students();
        Double submission = work == null || expected == 0 ? null : (double) work.submitted() / expected;
        Double grading = work == null || work.submitted() == 0 ? null : (double) work.graded() / work.submitted();
        long graded = work == null ? 0 : work.gradedStudents();
        boolean suppressed = graded > 0 && graded < DigitalEquityReport.SMALLEST_GROUP;
        Double mean = work == null || work.meanShare() == null || suppressed ? null : 100 * work.meanShare();
        return new SchoolClasses.ClassLine(c.id().value(), c.name(), c.grade(), c.termName(), c.students(), assignments,
                pushes, submission, grading, graded, mean, suppressed);
    }
}

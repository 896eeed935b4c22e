package org.educloud.equity.digital;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.equity.EquityReach;
import org.educloud.equity.RosterCounts;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyStatus;
import org.educloud.equity.surveys.SurveyStore;
import org.educloud.learning.LearningFigures;
import org.educloud.learning.SchoolWork;
import org.educloud.library.SchoolUsage;
import org.educloud.library.UsageFigures;
import org.educloud.records.LearningRecords;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital-resource and outcome equity of a district or region: gathers per school the library's use, the learning
 * records' active days, the learning space's work and returned grades and the roster's head counts — each from its
 * module's aggregates, one grouped query each — and measures how evenly they are spread.
 */
@Service
@Transactional(readOnly = true)
public class ComputingDigitalEquity {

    private static final int MOST_YEARS = 5;
    private static final int TREND_MONTHS = 12;

    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final UsageFigures usage;
    private final LearningRecords records;
    private final LearningFigures learning;
    private final SurveyStore surveys;
    private final SchoolYears years;
    private final EquityReach reach;
    private final OutcomeTally outcomeTally;
    private final Clock clock;

    ComputingDigitalEquity(TenancyManagement tenancy, RosterDirectory roster, UsageFigures usage,
                           LearningRecords records, LearningFigures learning, SurveyStore surveys, SchoolYears years,
                           EquityReach reach, OutcomeTally outcomeTally, Clock clock) {
        this.outcomeTally = outcomeTally;
        this.reach = reach;
        this.surveys = surveys;
        this.years = years;
        this.tenancy = tenancy;
        this.roster = roster;
        this.usage = usage;
        this.records = records;
        this.learning = learning;
        this.clock = clock;
    }

    public DigitalEquityReport report(Scope scope, OrgId org, @Nullable LocalDate from, @Nullable LocalDate to) {
        OrgNodeView node = reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        SchoolYears.Period period = years.period(from, to);
        LocalDate first = period.from();
        LocalDate last = period.to();
        Instant start = first.atStartOfDay(clock.getZone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();

        List<OrgNodeView> schools = tenancy.schoolsUnder(node.path()).stream()
                .filter(s -> s.isSchool() && s.isActive()).toList();
        Map<OrgId, HeadCount> heads = headCounts(scope, node, schools);
        Map<OrgId, SchoolUsage> used = byId(usage.perSchool(scope, node.path(), first, last), SchoolUsage::school);
        Map<OrgId, SchoolWork> work = byId(learning.perSchool(scope, node.path(), start, end), SchoolWork::school);
        Map<OrgId, Long> studentDays = new HashMap<>();
        records.schoolPeriods(scope, node.path(), first, last)
                .forEach(p -> studentDays.put(OrgId.of(p.schoolId()), p.studentDays()));

        List<DigitalEquityReport.SchoolLine> lines = schools.stream()
                .map(s -> line(s, heads.get(s.id()), used.get(s.id()), work.get(s.id()),
                        studentDays.getOrDefault(s.id(), 0L)))
                .toList();
        Map<DigitalMeasure, DigitalEquityReport.Spread> measures = new EnumMap<>(DigitalMeasure.class);
        for (DigitalMeasure measure : DigitalMeasure.values()) {
            measures.put(measure, spread(measure, lines));
        }
        Map<OrgId, Locality> localities = schools.stream()
                .collect(Collectors.toMap(OrgNodeView::id, OrgNodeView::locality));
        List<DigitalEquityReport.GroupOutcome> outcomes = Outcomes.of(outcomeTally.under(node.path(), first, last),
                heads.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().attributes())),
                localities);
        return new DigitalEquityReport(node.id(), node.name(), first, last, lines, measures, outcomes,
                trend(scope, node, last, lines));
    }

    /** The spread measures of each of the last {@code count} school years (at most five), oldest first. */
    public DigitalTrend yearly(Scope scope, OrgId org, int count) {
        OrgNodeView node = reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        LocalDate today = LocalDate.now(clock);
        List<DigitalTrend.Year> trend = new ArrayList<>();
        for (String year : years.recent(Math.clamp(count, 1, MOST_YEARS)).reversed()) {
            LocalDate from = years.firstDayOf(year);
            LocalDate to = from.plusYears(1).minusDays(1);
            DigitalEquityReport report = report(scope, org, from, to.isAfter(today) ? today : to);
            trend.add(new DigitalTrend.Year(year, report.from(), report.to(), report.measures()));
        }
        return new DigitalTrend(node.id(), node.name(), trend);
    }

    /** A school's enrolled students, full-time teachers, and how many of the students have each attribute. */
    private record HeadCount(long students, long teachers, Outcomes.Counts attributes) {
    }

    /**
     * Head counts from the school year's confirmed surveys (fixed at submission, kept as rows, so a region costs one
     * indexed read), and from the roster as it is now for schools without one — or whose survey predates the
     * attribute counts, for those counts only.
     */
    private Map<OrgId, HeadCount> headCounts(Scope scope, OrgNodeView node, List<OrgNodeView> schools) {
        Map<OrgId, RosterCounts> surveyed = new HashMap<>();
        surveys.under(node.path(), years.current()).stream().filter(r -> r.status() == SurveyStatus.CONFIRMED)
                .forEach(r -> surveyed.put(r.school(), r.counts()));
        List<OrgId> ask = schools.stream().map(OrgNodeView::id)
                .filter(id -> !surveyed.containsKey(id) || surveyed.get(id).leftBehindStudents() == null).toList();
        Map<OrgId, SchoolStaffing> live = ask.isEmpty() ? Map.of()
                : byId(roster.staffing(scope, node.path(), ask), SchoolStaffing::school);
        Map<OrgId, HeadCount> heads = new HashMap<>();
        for (OrgNodeView school : schools) {
            RosterCounts fixed = surveyed.get(school.id());
            SchoolStaffing now = live.get(school.id());
            long students = fixed != null ? fixed.allStudents() : now == null ? 0 : now.studentsInGrades(1, 12);
            long teachers = fixed != null ? fixed.fullTimeTeachers() : now == null ? 0 : now.fullTimeTeachers();
            Outcomes.Counts attributes = fixed != null && fixed.leftBehindStudents() != null
                    ? new Outcomes.Counts(students, fixed.leftBehindStudents(), fixed.migrantStudents(),
                    fixed.disabledStudents())
                    : now == null ? new Outcomes.Counts(students, 0, 0, 0)
                    : new Outcomes.Counts(students, now.leftBehindStudents(), now.migrantStudents(),
                    now.disabledStudents());
            heads.put(school.id(), new HeadCount(students, teachers, attributes));
        }
        return heads;
    }

    private static DigitalEquityReport.SchoolLine line(OrgNodeView school, @Nullable HeadCount heads,
                                                       @Nullable SchoolUsage used, @Nullable SchoolWork work,
                                                       long studentDays) {
        long students = heads == null ? 0 : heads.students();
        long teachers = heads == null ? 0 : heads.teachers();
        long uses = used == null ? 0 : used.uses();
        long uploads = used == null ? 0 : used.uploads();
        long pushes = used == null ? 0 : used.pushes();
        Double submission = work == null || work.expected() == 0 ? null
                : Math.min(1.0, (double) work.submitted() / work.expected());
        Double grading = work == null || work.submitted() == 0 ? null : (double) work.graded() / work.submitted();
        return new DigitalEquityReport.SchoolLine(school.id(), school.name(), school.locality(), students, teachers,
                uses, studentDays, uploads, pushes, per(uses, students), per(studentDays, students),
                per(uploads, teachers), per(pushes, teachers), submission, grading);
    }

    private static DigitalEquityReport.Spread spread(DigitalMeasure measure,
                                                     List<DigitalEquityReport.SchoolLine> lines) {
        List<Disparity.Member> members = new ArrayList<>();
        for (DigitalEquityReport.SchoolLine line : lines) {
            Double value = measure.value(line);
            if (value != null && measure.weight(line) > 0) {
                members.add(new Disparity.Member(line.locality().name(), measure.weight(line), value));
            }
        }
        Disparity disparity = Disparity.of(members);
        Disparity.Group urban = disparity.groups().get(Locality.URBAN.name());
        Disparity.Group rural = disparity.groups().get(Locality.RURAL.name());
        ParityIndex parity = urban == null || rural == null ? ParityIndex.undefined()
                : ParityIndex.of(rural.mean(), urban.mean());
        return new DigitalEquityReport.Spread(members.size(), disparity, parity, LorenzCurve.of(members));
    }

    /** Uses per student by month for urban and rural schools, over the year up to the period's end. */
    private List<DigitalEquityReport.MonthParity> trend(Scope scope, OrgNodeView node, LocalDate last,
                                                        List<DigitalEquityReport.SchoolLine> lines) {
        YearMonth to = YearMonth.from(last);
        YearMonth from = to.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, Map<OrgId, Long>> months = usage.usesByMonth(scope, node.path(), from, to);
        List<DigitalEquityReport.MonthParity> trend = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<OrgId, Long> uses = months.getOrDefault(month, Map.of());
            Double urban = perStudentIn(Locality.URBAN, uses, lines);
            Double rural = perStudentIn(Locality.RURAL, uses, lines);
            trend.add(new DigitalEquityReport.MonthParity(month, urban, rural,
                    urban == null || rural == null ? ParityIndex.undefined() : ParityIndex.of(rural, urban)));
        }
        return trend;
    }

    /** Today's enrolment is the denominator for past months too: the roster keeps no monthly head counts. */
    private static @Nullable Double perStudentIn(Locality locality, Map<OrgId, Long> uses,
                                                 List<DigitalEquityReport.SchoolLine> lines) {
        long students = 0;
        long used = 0;
        for (DigitalEquityReport.SchoolLine line : lines) {
            if (line.locality() == locality) {
                students += line.students();
                used += uses.getOrDefault(line.school(), 0L);
            }
        }
        return per(used, students);
    }

    private static @Nullable Double per(long amount, long heads) {
        return heads == 0 ? null : (double) amount / heads;
    }

    private static <T> Map<OrgId, T> byId(List<T> rows, Function<T, OrgId> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

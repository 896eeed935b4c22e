package org.educloud.equity.surveys;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.equity.EquityReach;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.Surveys;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bureau brings in its schools' figures from one spreadsheet (the columns of the annual statistical report's
 * school-condition table, one school a row, found by its national school code). All or nothing: every row is
 * checked first — the school is the bureau's and its survey still open, each number a number, not negative, whole
 * where it counts things, plausible per student — and only a file without a problem is saved, as drafts the schools
 * then check and submit. A row without any figure (the template lists every school, and a bureau may fill in only
 * some) is skipped and reported as skipped: it changes nothing, so it need not hold up the rest.
 */
@Service
@Transactional
public class ImportingSurveys {

    public static final List<String> HEADERS = List.of("学校标识码", "学校名称", "教学及辅助用房面积（平方米）",
            "体育运动场面积（平方米）", "体育馆面积（平方米）", "教学仪器设备资产值（元）", "网络多媒体教室（间）", "计算机（台）",
            "图书（册）");
    static final int MAX_ROWS = 5_000;
    private static final int FIRST_FIGURE = 2;

    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final SurveyStore store;
    private final SchoolYears years;
    private final Surveys surveys;
    private final IdentityManagement identity;
    private final Validator validator;
    private final EquityReach reach;
    private final ImportLimits limits;
    private final Clock clock;

    ImportingSurveys(TenancyManagement tenancy, RosterDirectory roster, SurveyStore store, SchoolYears years,
                     Surveys surveys, IdentityManagement identity, Validator validator, EquityReach reach,
                     ImportLimits limits, Clock clock) {
        this.reach = reach;
        this.limits = limits;
        this.tenancy = tenancy;
        this.roster = roster;
        this.store = store;
        this.years = years;
        this.surveys = surveys;
        this.identity = identity;
        this.validator = validator;
        this.clock = clock;
    }

    /** The bureau node a caller brings figures in for: a district or region they confirm surveys of. */
    public OrgNodeView bureau(Scope scope, OrgId org) {
        OrgNodeView node = reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        if (!surveys.confirms(scope, node.path())) {
            throw new NotFoundException("equity.error.notFound");
        }
        return node;
    }

    /** The active schools a template for the bureau lists, in tree order. */
    public List<OrgNodeView> schools(Scope scope, OrgId org) {
        return tenancy.schoolsUnder(bureau(scope, org).path()).stream().filter(s -> s.isSchool() && s.isActive())
                .toList();
    }

    public SurveyImport importFigures(Scope scope, OrgId org, String year, Path file) {
        OrgNodeView node = bureau(scope, org);
        years.requireOpen(year);
        Map<String, OrgNodeView> byCode = tenancy.schoolsUnder(node.path()).stream()
                .filter(s -> s.isSchool() && s.schoolCode() != null)
                .collect(Collectors.toMap(OrgNodeView::schoolCode, Function.identity(), (a, b) -> a));
        Map<OrgId, SurveyStore.Row> existing = store.under(node.path(), year).stream()
                .collect(Collectors.toMap(SurveyStore.Row::school, Function.identity()));
        Map<OrgId, SchoolStaffing> heads = roster.staffing(scope, node.path()).stream()
                .collect(Collectors.toMap(SchoolStaffing::school, Function.identity()));
        List<ImportProblem> problems = new ArrayList<>();
        Map<OrgNodeView, SurveyFigures> rows = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<SurveyImport.Skipped> skipped = new ArrayList<>();
        int count = 0;
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            if (!it.hasNext() || !header(it.next())) {
                problems.add(new ImportProblem(0, null, null, "equity.import.header",
                        List.of(String.join("、", HEADERS))));
                return new SurveyImport(false, 0, problems);
            }
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (row.blank()) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    problems.add(new ImportProblem(0, null, null, "equity.import.tooManyRows",
                            List.of(String.valueOf(MAX_ROWS))));
                    break;
                }
                if (withoutFigures(row)) {
                    skipped.add(new SurveyImport.Skipped(row.number(), row.cell(0).strip(), row.cell(1).strip()));
                    continue;
                }
                read(row, byCode, existing, heads, seen, rows, problems);
            }
        } catch (TabularFile.Unreadable e) {
            problems.add(e.problem());
        } catch (TabularFile.Refused e) {
            // a limit passed, an undecodable cell, or a workbook broken halfway: the problem says which and where
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(new ImportProblem(0, null, null, "roster.import.error.unreadable", List.of()));
        }
        if (!problems.isEmpty() || rows.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, null, "equity.import.empty", List.of()));
            }
            return new SurveyImport(false, rows.size(), problems, skipped);
        }
        String by = identity.self(scope.userId()).displayName();
        rows.forEach((school, figures) -> {
            SurveyStore.Row before = existing.get(school.id());
            if (!store.saveDraft(school.id(), school.path(), year, figures, scope.userId().value(), by,
                    clock.instant(), before == null ? null : before.version())) {
                // someone changed a survey between the check and now: the whole import rolls back
                throw new ConflictException("", "equity.error.changedMeanwhile");
            }
        });
        return new SurveyImport(true, rows.size(), List.of(), skipped);
    }

    /** A row whose figure cells are all empty: whatever school it names, it says nothing about it. */
    private static boolean withoutFigures(TabularFile.SourceRow row) {
        for (int i = FIRST_FIGURE; i < HEADERS.size(); i++) {
            if (!row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean header(TabularFile.SourceRow row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(row.cell(i).strip())) {
                return false;
            }
        }
        return true;
    }

    private void read(TabularFile.SourceRow row, Map<String, OrgNodeView> byCode,
                      Map<OrgId, SurveyStore.Row> existing, Map<OrgId, SchoolStaffing> heads, Map<String, Long> seen,
                      Map<OrgNodeView, SurveyFigures> rows, List<ImportProblem> problems) {
        String code = row.cell(0).strip();
        OrgNodeView school = byCode.get(code);
        if (school == null) {
            problems.add(problem(row, 0, code, "equity.import.unknownSchool"));
            return;
        }
        Long earlier = seen.putIfAbsent(code, row.number());
        if (earlier != null) {
            problems.add(problem(row, 0, code, "equity.import.duplicate", String.valueOf(earlier)));
            return;
        }
        SurveyStore.Row survey = existing.get(school.id());
        if (survey != null && !survey.status().editable()) {
            problems.add(problem(row, 0, code, "equity.import.notEditable"));
            return;
        }
        int before = problems.size();
        BigDecimal[] values = new BigDecimal[7];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(row, FIRST_FIGURE + i, i >= 4, problems);
        }
        if (problems.size() > before) {
            return;
        }
        SurveyFigures figures = new SurveyFigures(values[0], values[1], values[2], values[3], values[4].intValue(),
                values[5].intValue(), values[6].intValue());
        for (ConstraintViolation<SurveyFigures> violation : validator.validate(figures)) {
            int column = SurveyFigures.indexOf(violation.getPropertyPath().toString());
            problems.add(new ImportProblem(row.number(), HEADERS.get(FIRST_FIGURE + column),
                    row.cell(FIRST_FIGURE + column), violation.getMessageTemplate().replaceAll("[{}]", ""), List.of()));
        }
        if (problems.size() > before) {
            return;
        }
        SchoolStaffing staffing = heads.get(school.id());
        try {
            Plausibility.check(figures, staffing == null ? 0 : (int) staffing.enrolledStudents());
        } catch (FieldRuleViolationException e) {
            int column = SurveyFigures.indexOf(e.field());
            problems.add(new ImportProblem(row.number(), HEADERS.get(FIRST_FIGURE + column),
                    row.cell(FIRST_FIGURE + column), e.messageKey(),
                    Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            return;
        }
        rows.put(school, figures);
    }

    private static @Nullable BigDecimal number(TabularFile.SourceRow row, int column, boolean whole,
                                               List<ImportProblem> problems) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            problems.add(problem(row, column, text, "equity.import.required"));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(problem(row, column, text, "equity.import.notNumber"));
            return null;
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            problems.add(problem(row, column, text, "equity.import.notWhole"));
            return null;
        }
        if (whole && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(problem(row, column, text, "equity.validation.tooLarge"));
            return null;
        }
        return value;
    }

    private static ImportProblem problem(TabularFile.SourceRow row, int column, String value, String key,
                                         String... arguments) {
        return new ImportProblem(row.number(), HEADERS.get(column), value, key, List.of(arguments));
    }
}

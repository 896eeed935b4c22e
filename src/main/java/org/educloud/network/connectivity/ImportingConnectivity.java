package org.educloud.network.connectivity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bureau brings in its schools' connectivity from one CSV or XLSX file, one school a row found by its national
 * school code among the bureau's active schools. All or nothing: every row is read and checked first — the school
 * the bureau's, named once, each cell of its kind, the same caps and rules as the school's own form — and only a
 * file without any problem is recorded, each school's row a new version where it changes something, in one
 * transaction (a change made meanwhile through a form rolls the whole file back).
 */
@Service
@Transactional
public class ImportingConnectivity {

    public static final List<String> HEADERS = List.of("学校标识码", "学校名称", "接入方式", "运营商",
            "签约下行带宽（Mbit/s）", "签约上行带宽（Mbit/s）", "有线网络覆盖", "无线网络覆盖", "教室（间）",
            "多媒体教室（间）", "教学终端（台）");
    /** What the access column accepts, besides the codes themselves (FIBRE, MOBILE, SATELLITE, NONE). */
    public static final Map<String, AccessType> ACCESS_WORDS = Map.ofEntries(
            Map.entry("光纤", AccessType.FIBRE), Map.entry("光纤宽带", AccessType.FIBRE),
            Map.entry("4G", AccessType.MOBILE), Map.entry("5G", AccessType.MOBILE),
            Map.entry("4G/5G", AccessType.MOBILE), Map.entry("移动网络", AccessType.MOBILE),
            Map.entry("卫星", AccessType.SATELLITE), Map.entry("未接入", AccessType.NONE),
            Map.entry("无", AccessType.NONE));
    static final int MAX_ROWS = 20_000;
    private static final int FIRST_FIELD = 2;
    private static final List<String> YES = List.of("是", "有", "Y", "YES", "TRUE", "1");
    private static final List<String> NO = List.of("否", "无", "N", "NO", "FALSE", "0", "");

    private final TenancyManagement tenancy;
    private final ConnectivityReach reach;
    private final RecordingConnectivity recording;
    private final Validator validator;
    private final ImportLimits limits;

    ImportingConnectivity(TenancyManagement tenancy, ConnectivityReach reach, RecordingConnectivity recording,
                          Validator validator, ImportLimits limits) {
        this.tenancy = tenancy;
        this.reach = reach;
        this.recording = recording;
        this.validator = validator;
        this.limits = limits;
    }

    /** The bureau a caller imports for: a region or district they administer. */
    @Transactional(readOnly = true)
    public OrgNodeView bureau(Scope scope, OrgId org) {
        return reach.administeredBureau(scope, org);
    }

    /** The active schools the template lists, in tree order. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> schools(Scope scope, OrgId org) {
        return tenancy.schoolsUnder(bureau(scope, org).path()).stream().filter(OrgNodeView::isActive).toList();
    }

    public ConnectivityImport importFile(Scope scope, OrgId org, Path file) {
        OrgNodeView bureau = bureau(scope, org);
        Map<String, OrgNodeView> byCode = tenancy.schoolsUnder(bureau.path()).stream()
                .filter(s -> s.isActive() && s.schoolCode() != null)
                .collect(Collectors.toMap(OrgNodeView::schoolCode, Function.identity(), (a, b) -> a));
        List<ImportProblem> problems = new ArrayList<>();
        Map<OrgNodeView, ConnectivityDraft> rows = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            if (!it.hasNext() || !header(it.next())) {
                problems.add(ImportProblem.ofFile("network.import.header", String.join("、", HEADERS)));
                return ConnectivityImport.refused(0, problems);
            }
            int count = 0;
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (row.blank()) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    problems.add(ImportProblem.ofFile("network.import.tooManyRows", String.valueOf(MAX_ROWS)));
                    break;
                }
                read(row, byCode, seen, rows, problems);
            }
        } catch (TabularFile.Unreadable e) {
            problems.add(e.problem());
        } catch (TabularFile.Refused e) {
            // a limit passed, an undecodable cell, or a workbook broken halfway: the problem says which and where
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile("roster.import.error.unreadable"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(ImportProblem.ofFile("network.import.empty"));
        }
        if (!problems.isEmpty()) {
            return ConnectivityImport.refused(rows.size(), problems);
        }
        String by = recording.nameOf(scope);
        int changed = 0;
        for (Map.Entry<OrgNodeView, ConnectivityDraft> row : rows.entrySet()) {
            if (recording.recordChecked(scope, row.getKey(), row.getValue(), ChangeSource.IMPORT, null, by)
                    .isPresent()) {
                changed++;
            }
        }
        return new ConnectivityImport(true, rows.size(), changed, List.of());
    }

    private static boolean header(TabularFile.SourceRow row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(row.cell(i).strip())) {
                return false;
            }
        }
        return true;
    }

    private void read(TabularFile.SourceRow row, Map<String, OrgNodeView> byCode, Map<String, Long> seen,
                      Map<OrgNodeView, ConnectivityDraft> rows, List<ImportProblem> problems) {
        String code = row.cell(0).strip();
        OrgNodeView school = byCode.get(code);
        if (school == null) {
            problems.add(problem(row, 0, "network.import.unknownSchool"));
            return;
        }
        Long earlier = seen.putIfAbsent(code, row.number());
        if (earlier != null) {
            problems.add(problem(row, 0, "network.import.duplicate", String.valueOf(earlier)));
            return;
        }
        int before = problems.size();
        AccessType access = access(row, problems);
        String provider = row.cell(3).strip();
        Integer down = whole(row, 4, problems);
        Integer up = whole(row, 5, problems);
        Boolean wired = yesNo(row, 6, problems);
        Boolean wireless = yesNo(row, 7, problems);
        Integer classrooms = whole(row, 8, problems);
        Integer multimedia = whole(row, 9, problems);
        Integer terminals = whole(row, 10, problems);
        if (problems.size() > before) {
            return;
        }
        ConnectivityDraft draft = new ConnectivityDraft(access, provider.isEmpty() ? null : provider, down, up,
                Boolean.TRUE.equals(wired), Boolean.TRUE.equals(wireless), classrooms, multimedia, terminals);
        for (ConstraintViolation<ConnectivityDraft> violation : validator.validate(draft)) {
            int column = column(violation.getPropertyPath().toString());
            problems.add(ImportProblem.at(row.number(), HEADERS.get(column), row.cell(column),
                    violation.getMessageTemplate().replaceAll("[{}]", "")));
        }
        if (problems.size() > before) {
            return;
        }
        try {
            ConnectivityRules.check(draft);
        } catch (FieldRuleViolationException e) {
            int column = column(e.field());
            problems.add(ImportProblem.at(row.number(), HEADERS.get(column), row.cell(column), e.messageKey(),
                    Arrays.stream(e.arguments()).map(String::valueOf).toArray(String[]::new)));
            return;
        }
        rows.put(school, draft);
    }

    private static int column(String field) {
        return FIRST_FIELD + Math.max(0, ConnectivityDraft.FIELDS.indexOf(field));
    }

    private static @Nullable AccessType access(TabularFile.SourceRow row, List<ImportProblem> problems) {
        String text = row.cell(2).strip();
        if (text.isEmpty()) {
            problems.add(problem(row, 2, "network.import.required"));
            return null;
        }
        AccessType word = ACCESS_WORDS.get(text.toUpperCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        try {
            return AccessType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(row, 2, "network.import.accessType"));
            return null;
        }
    }

    private static @Nullable Integer whole(TabularFile.SourceRow row, int column, List<ImportProblem> problems) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(text);
            if (value.stripTrailingZeros().scale() > 0) {
                problems.add(problem(row, column, "network.import.notWhole"));
                return null;
            }
            if (value.abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add(problem(row, column, "network.validation.tooLarge"));
                return null;
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(problem(row, column, "network.import.notNumber"));
            return null;
        }
    }

    private static @Nullable Boolean yesNo(TabularFile.SourceRow row, int column, List<ImportProblem> problems) {
        String text = row.cell(column).strip().toUpperCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        problems.add(problem(row, column, "network.import.yesNo"));
        return null;
    }

    private static ImportProblem problem(TabularFile.SourceRow row, int column, String key, String... arguments) {
        return ImportProblem.at(row.number(), HEADERS.get(column), row.cell(column), key, arguments);
    }
}

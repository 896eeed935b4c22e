package org.educloud.development.frameworks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;

/**
 * Reads a framework file, the national one shipped with the platform and a bureau's own alike: one row per level,
 * dimension, sub-dimension or indicator, with the columns of {@link #HEADERS}. An element's code is dotted ("3.1.2")
 * and its parent is the code without the last segment, which must come earlier in the file; levels are ranked
 * 1..n without gaps. Every problem is collected with its row, so the bureau fixes the file once.
 */
final class FrameworkRows {

    static final List<String> HEADERS = List.of("类型", "编号", "名称", "英文名称", "说明", "平台证据");
    static final int MAX_ROWS = 2_000;
    static final int MAX_LEVELS = 10;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,6}(\\.[A-Za-z0-9]{1,6}){0,2}");
    private static final Pattern EVIDENCE_SEPARATORS = Pattern.compile("[、,，;；\\s]+");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<Integer, FrameworkContent.Level> levels = new HashMap<>();
    private final Map<String, FrameworkContent.Element> elements = new LinkedHashMap<>();
    private final Map<String, Long> rowOf = new HashMap<>();

    /** The content of a file, or the problems that keep it out (then nothing of it may be saved). */
    record Outcome(FrameworkContent content, List<ImportProblem> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    static Outcome read(Iterator<TabularFile.SourceRow> rows) {
        FrameworkRows reader = new FrameworkRows();
        reader.readAll(rows);
        return new Outcome(new FrameworkContent(reader.levels.keySet().stream().sorted().map(reader.levels::get).toList(),
                List.copyOf(reader.elements.values())), List.copyOf(reader.problems));
    }

    private void readAll(Iterator<TabularFile.SourceRow> rows) {
        if (!rows.hasNext() || !header(rows.next())) {
            problems.add(ImportProblem.ofFile("development.import.header", String.join("、", HEADERS)));
            return;
        }
        int count = 0;
        while (rows.hasNext()) {
            TabularFile.SourceRow row = rows.next();
            if (row.blank()) {
                continue;
            }
            if (++count > MAX_ROWS) {
                problems.add(ImportProblem.ofFile("development.import.tooManyRows", String.valueOf(MAX_ROWS)));
                return;
            }
            read(row);
        }
        wholeFile();
    }

    private static boolean header(TabularFile.SourceRow row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(row.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private void read(TabularFile.SourceRow row) {
        int before = problems.size();
        String kindText = row.cell(0);
        var kind = ElementKind.named(kindText);
        if (kind.isEmpty()) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(0), kindText, "development.import.unknownKind"));
            return;
        }
        String code = CellChecks.text(row, 1, HEADERS.get(1), 20, true, problems);
        String name = CellChecks.text(row, 2, HEADERS.get(2), 200, true, problems);
        String nameEn = CellChecks.text(row, 3, HEADERS.get(3), 300, false, problems);
        String description = CellChecks.text(row, 4, HEADERS.get(4), 1000, false, problems);
        String evidenceText = CellChecks.text(row, 5, HEADERS.get(5), 300, false, problems);
        if (problems.size() > before) {
            return;
        }
        if (kind.get() == ElementKind.LEVEL) {
            level(row, code, name, nameEn, description, evidenceText);
        } else {
            element(row, kind.get(), code, name, nameEn, description, evidenceText);
        }
    }

    private void level(TabularFile.SourceRow row, String code, String name, String nameEn, String description,
                       String evidenceText) {
        int rank;
        try {
            rank = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            rank = 0;
        }
        if (rank < 1 || rank > MAX_LEVELS) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(1), code, "development.import.levelRank",
                    String.valueOf(MAX_LEVELS)));
            return;
        }
        if (!evidenceText.isEmpty()) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(5), evidenceText,
                    "development.import.evidenceOnIndicators"));
            return;
        }
        if (levels.putIfAbsent(rank, new FrameworkContent.Level(rank, name, orName(nameEn, name), description)) != null) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(1), code, "development.import.duplicateCode"));
        }
    }

    private void element(TabularFile.SourceRow row, ElementKind kind, String code, String name, String nameEn,
                         String description, String evidenceText) {
        if (!CODE.matcher(code).matches() || code.split("\\.").length != kind.depth()) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(1), code, "development.import.codeShape",
                    kind.chinese(), String.valueOf(kind.depth())));
            return;
        }
        if (elements.containsKey(code)) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(1), code, "development.import.duplicateCode"));
            return;
        }
        FrameworkContent.Element element = new FrameworkContent.Element(kind, code, name, orName(nameEn, name),
                description, evidence(row, kind, evidenceText));
        if (kind != ElementKind.DIMENSION) {
            FrameworkContent.Element parent = elements.get(element.parentCode());
            if (parent == null || parent.kind().depth() != kind.depth() - 1) {
                problems.add(ImportProblem.at(row.number(), HEADERS.get(1), code, "development.import.noParent",
                        element.parentCode()));
                return;
            }
        }
        elements.put(code, element);
        rowOf.put(code, row.number());
    }

    private Set<EvidenceKind> evidence(TabularFile.SourceRow row, ElementKind kind, String text) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        if (text.isEmpty()) {
            return kinds;
        }
        if (kind != ElementKind.INDICATOR) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(5), text, "development.import.evidenceOnIndicators"));
            return kinds;
        }
        for (String token : EVIDENCE_SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            EvidenceKind.named(token).ifPresentOrElse(kinds::add, () -> problems.add(ImportProblem.at(row.number(),
                    HEADERS.get(5), token, "development.import.unknownEvidence", known())));
        }
        return kinds;
    }

    /** Checks only the whole file can fail: a scale, at least one indicator, no dimension or sub-dimension empty. */
    private void wholeFile() {
        if (levels.size() < 2 || levels.keySet().stream().anyMatch(rank -> rank > levels.size())) {
            problems.add(ImportProblem.ofFile("development.import.levels", String.valueOf(MAX_LEVELS)));
        }
        if (elements.values().stream().noneMatch(e -> e.kind() == ElementKind.INDICATOR)) {
            problems.add(ImportProblem.ofFile("development.import.noIndicators"));
        }
        for (FrameworkContent.Element element : elements.values()) {
            if (element.kind() != ElementKind.INDICATOR && elements.values().stream()
                    .noneMatch(child -> child.kind().depth() == element.kind().depth() + 1
                            && child.parentCode().equals(element.code()))) {
                problems.add(ImportProblem.at(rowOf.get(element.code()), HEADERS.get(1), element.code(),
                        "development.import.empty", ElementKind.ofDepth(element.kind().depth() + 1)
                                .map(ElementKind::chinese).orElse("")));
            }
        }
    }

    private static String orName(String nameEn, String name) {
        return nameEn.isEmpty() ? name : nameEn;
    }

    private static String known() {
        return String.join("、", java.util.Arrays.stream(EvidenceKind.values()).map(Enum::name).toList());
    }
}

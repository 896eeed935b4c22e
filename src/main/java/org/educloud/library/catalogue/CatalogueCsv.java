package org.educloud.library.catalogue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.educloud.library.Subject;
import org.educloud.library.TextbookLevel;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue as a spreadsheet (CSV in UTF-8 or GBK, or XLSX): either textbook rows — 教材版本/edition, 分册/volume,
 * 年级/grade, 章/chapter, 节/section, one path per row — or knowledge point rows — 编码/code, 名称/name, 上级编码/parent.
 * The header row says which. Read through the roster's {@link TabularFile}, so within the same import limits as
 * every other import, into the same {@link CatalogueFile} as JSON, so the same checks and the same import apply;
 * problems name the row.
 */
public final class CatalogueCsv {

    /** A national catalogue of one subject and stage has a few thousand rows. */
    public static final int MAX_ROWS = 100_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CatalogueCsv() {
    }

    public static CatalogueFile read(Iterator<TabularFile.SourceRow> rows, Subject subject, Stage stage) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!rows.hasNext()) {
            return new CatalogueFile(subject, stage, List.of(), List.of(),
                    List.of(ImportProblem.ofFile("library.catalogue.empty")));
        }
        String first = rows.next().cell(0).replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (first.equals("编码") || first.equals("code")) {
            return new CatalogueFile(subject, stage, List.of(), points(rows, problems), problems);
        }
        if (first.equals("教材版本") || first.equals("edition")) {
            return new CatalogueFile(subject, stage, editions(rows, stage, problems), List.of(), problems);
        }
        return new CatalogueFile(subject, stage, List.of(), List.of(),
                List.of(inRow(1, "library.catalogue.csvHeader")));
    }

    /**
     * True, with the problem noted, once more than {@link #MAX_ROWS} rows have been read: the rest is not read. Rows
     * are counted as they come, since the number a workbook gives its row is whatever its {@code r} attribute says.
     */
    private static boolean beyondLimit(long read, List<ImportProblem> problems) {
        if (read <= MAX_ROWS) {
            return false;
        }
        problems.add(ImportProblem.ofFile("roster.import.error.tooManyRows", String.valueOf(MAX_ROWS)));
        return true;
    }

    /** Hands each non-blank row to {@code action}, up to the limit of rows read. */
    private static void eachRow(Iterator<TabularFile.SourceRow> rows, List<ImportProblem> problems,
                                Consumer<TabularFile.SourceRow> action) {
        for (long read = 1; rows.hasNext(); read++) {
            TabularFile.SourceRow row = rows.next();
            if (beyondLimit(read, problems)) {
                return;
            }
            if (!row.blank()) {
                action.accept(row);
            }
        }
    }

    /** Rows of edition › volume (grade) › chapter › section, merged into trees in the order they appear. */
    private static List<CatalogueFile.Node> editions(Iterator<TabularFile.SourceRow> rows, Stage stage,
                                                     List<ImportProblem> problems) {
        Map<String, Map<String, Volume>> tree = new LinkedHashMap<>();
        eachRow(rows, problems, row -> addVolumeRow(row, stage, tree, problems));
        List<CatalogueFile.Node> editions = new ArrayList<>();
        tree.forEach((edition, volumes) -> {
            List<CatalogueFile.Node> volumeNodes = new ArrayList<>();
            volumes.forEach((name, volume) -> {
                List<CatalogueFile.Node> chapters = new ArrayList<>();
                volume.chapters.forEach((chapter, sections) -> chapters.add(new CatalogueFile.Node(
                        TextbookLevel.CHAPTER, chapter, volume.grade, sections.stream()
                        .map(s -> new CatalogueFile.Node(TextbookLevel.SECTION, s, volume.grade, List.of())).toList())));
                volumeNodes.add(new CatalogueFile.Node(TextbookLevel.VOLUME, name, volume.grade, chapters));
            });
            editions.add(new CatalogueFile.Node(TextbookLevel.EDITION, edition, null, volumeNodes));
        });
        return editions;
    }

    private static void addVolumeRow(TabularFile.SourceRow row, Stage stage, Map<String, Map<String, Volume>> tree,
                                     List<ImportProblem> problems) {
        long line = row.number();
        String edition = field(row, 0);
        String volume = field(row, 1);
        String chapter = field(row, 3);
        if (edition.isEmpty() || volume.isEmpty() || edition.length() > 200 || volume.length() > 200
                || chapter.length() > 200 || field(row, 4).length() > 200) {
            problems.add(inRow(line, "library.catalogue.nameInvalid"));
            return;
        }
        Integer grade = null;
        try {
            grade = Integer.valueOf(field(row, 2));
            if (!Grades.inStage(grade, stage)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(inRow(line, "library.catalogue.gradeInvalid", field(row, 2)));
        }
        Volume v = tree.computeIfAbsent(edition, k -> new LinkedHashMap<>())
                .computeIfAbsent(volume, k -> new Volume(new LinkedHashMap<>()));
        v.grade = v.grade == null ? grade : v.grade;
        if (!chapter.isEmpty()) {
            List<String> sections = v.chapters.computeIfAbsent(chapter, k -> new ArrayList<>());
            String section = field(row, 4);
            if (!section.isEmpty() && !sections.contains(section)) {
                sections.add(section);
            }
        }
    }

    /** Rows of code, name and parent code; a parent must come before its children. */
    private static List<CatalogueFile.Point> points(Iterator<TabularFile.SourceRow> rows,
                                                    List<ImportProblem> problems) {
        Map<String, List<CatalogueFile.Point>> children = new LinkedHashMap<>();
        List<CatalogueFile.Point> roots = new ArrayList<>();
        eachRow(rows, problems, row -> addPointRow(row, children, roots, problems));
        return roots;
    }

    private static void addPointRow(TabularFile.SourceRow row, Map<String, List<CatalogueFile.Point>> children,
                                    List<CatalogueFile.Point> roots, List<ImportProblem> problems) {
        long line = row.number();
        String code = field(row, 0);
        String name = field(row, 1);
        String parent = field(row, 2);
        if (!CODE.matcher(code).matches()) {
            problems.add(inRow(line, "library.catalogue.codeInvalid", code));
            return;
        }
        if (children.containsKey(code)) {
            problems.add(inRow(line, "library.catalogue.codeRepeated", code));
            return;
        }
        if (name.isEmpty() || name.length() > 200) {
            problems.add(inRow(line, "library.catalogue.nameInvalid"));
            return;
        }
        List<CatalogueFile.Point> own = new ArrayList<>();
        CatalogueFile.Point point = new CatalogueFile.Point(code, name, own);
        if (parent.isEmpty()) {
            roots.add(point);
        } else if (children.containsKey(parent)) {
            children.get(parent).add(point);
        } else {
            problems.add(inRow(line, "library.catalogue.parentUnknown", parent));
            return;
        }
        children.put(code, own);
    }

    /** A problem with one row as a whole: the catalogue's rows are checked together, not cell by cell. */
    private static ImportProblem inRow(long row, String messageKey, String... arguments) {
        return new ImportProblem(row, null, null, messageKey, List.of(arguments));
    }

    private static String field(TabularFile.SourceRow row, int index) {
        return row.cell(index);
    }

    private static final class Volume {
        private final Map<String, List<String>> chapters;
        private @Nullable Integer grade;

        Volume(Map<String, List<String>> chapters) {
            this.chapters = chapters;
        }
    }
}

package org.educloud.assessment.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.items.ItemRules;
import org.educloud.assessment.ItemType;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.springframework.stereotype.Service;

/**
 * The item template teachers already fill in (XLSX or CSV, one item a row): 题型, 题干, 选项A–选项F, 答案, 解析,
 * 知识点, 难度, and optionally 年级 and 来源. Two passes, all or nothing: every row is read and checked first, each
 * problem named by row and column; only a file without any is written. How answers are written: {@link TemplateText}.
 */
@Service
public class TemplateImport {

    static final int MAX_ROWS = 2_000;
    static final List<String> OPTIONS = List.of("选项A", "选项B", "选项C", "选项D", "选项E", "选项F");
    static final List<String> HEADERS = headers();
    static final List<String> REQUIRED = List.of("题型", "题干", "答案");

    private final ImportLimits limits;
    private final Curriculum curriculum;
    private final ImportWriting writing;

    TemplateImport(ImportLimits limits, Curriculum curriculum, ImportWriting writing) {
        this.limits = limits;
        this.curriculum = curriculum;
        this.writing = writing;
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("题型", "题干"));
        headers.addAll(OPTIONS);
        headers.addAll(List.of("答案", "解析", "知识点", "难度", "年级", "来源"));
        return List.copyOf(headers);
    }

    public ImportOutcome importFile(Scope scope, ImportDefaults defaults, Path file) {
        ItemMedia.ownerPath(scope);
        Map<String, Long> knowledgePoints = new HashMap<>();
        for (KnowledgePointView kp : curriculum.knowledgePoints(scope, defaults.subject(), defaults.stage())) {
            knowledgePoints.putIfAbsent(kp.code(), kp.id());
            knowledgePoints.putIfAbsent(kp.name(), kp.id());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportWriting.Pending> pending = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            if (!rows.hasNext()) {
                return ImportOutcome.rejected(List.of(ImportProblem.ofFile("roster.import.error.empty")));
            }
            Map<String, Integer> columns = columns(rows.next());
            if (!columns.keySet().containsAll(REQUIRED)) {
                return ImportOutcome.rejected(List.of(ImportProblem.ofFile("assessment.template.header",
                        String.join("、", HEADERS))));
            }
            while (rows.hasNext()) {
                TabularFile.SourceRow row = rows.next();
                if (row.blank()) {
                    continue;
                }
                if (pending.size() + 1 > MAX_ROWS) {
                    return ImportOutcome.rejected(List.of(ImportProblem.ofFile("roster.import.error.tooManyRows",
                            String.valueOf(MAX_ROWS))));
                }
                new RowReader(row, columns, defaults, knowledgePoints, problems).read().ifPresent(pending::add);
            }
        } catch (TabularFile.Unreadable unreadable) {
            return ImportOutcome.rejected(List.of(unreadable.problem()));
        } catch (TabularFile.Refused refused) {
            return ImportOutcome.rejected(List.of(refused.problem()));
        } catch (IOException e) {
            return ImportOutcome.rejected(List.of(ImportProblem.ofFile("roster.import.error.unreadable")));
        }
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems);
        }
        if (pending.isEmpty()) {
            return ImportOutcome.rejected(List.of(ImportProblem.ofFile("assessment.template.noRows")));
        }
        return writing.write(scope, pending, Map.of(), null);
    }

    private static Map<String, Integer> columns(TabularFile.SourceRow header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).replace("*", "").replace("＊", "").strip();
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    /** One row read into a draft, or its problems. */
    private static final class RowReader {

        private final TabularFile.SourceRow row;
        private final Map<String, Integer> columns;
        private final ImportDefaults defaults;
        private final Map<String, Long> knowledgePoints;
        private final List<ImportProblem> problems;
        private final int before;

        RowReader(TabularFile.SourceRow row, Map<String, Integer> columns, ImportDefaults defaults,
                  Map<String, Long> knowledgePoints, List<ImportProblem> problems) {
            this.row = row;
            this.columns = columns;
            this.defaults = defaults;
            this.knowledgePoints = knowledgePoints;
            this.problems = problems;
            this.before = problems.size();
        }

        String cell(String header) {
            Integer column = columns.get(header);
            return column == null ? "" : row.cell(column);
        }

        void problem(String header, String messageKey, String... arguments) {
            problems.add(ImportProblem.at(row.number(), header, cell(header), messageKey, arguments));
        }

        Optional<ImportWriting.Pending> read() {
            for (String header : HEADERS) {
                if (cell(header).length() > ItemRules.MAX_TEXT) {
                    problem(header, "roster.import.error.tooLong", String.valueOf(ItemRules.MAX_TEXT));
                }
            }
            ItemType type = Arrays.stream(ItemType.values()).filter(t -> t.chineseName().equals(cell("题型")))
                    .findFirst().orElse(null);
            if (type == null) {
                problem("题型", "roster.import.error.choice", String.join("、",
                        Arrays.stream(ItemType.values()).map(ItemType::chineseName).toList()));
                return Optional.empty();
            }
            ItemContent content = content(type);
            int difficulty = cell("难度").isEmpty() ? defaults.difficulty() : TemplateText.difficulty(cell("难度"))
                    .orElseGet(() -> {
                        problem("难度", "assessment.template.difficulty");
                        return defaults.difficulty();
                    });
            Integer grade = cell("年级").isEmpty() ? defaults.grade() : TemplateText.grade(cell("年级"))
                    .orElseGet(() -> {
                        problem("年级", "assessment.template.grade");
                        return defaults.grade();
                    });
            String source = cell("来源").isEmpty() ? defaults.source() : cell("来源");
            if (source.length() > 200) {
                problem("来源", "roster.import.error.tooLong", "200");
            }
            List<Long> kps = knowledgePoints();
            if (content != null) {
                for (ItemRules.Broken broken : ItemRules.check(content)) {
                    problems.add(ImportProblem.at(row.number(), header(broken.field()), cell(header(broken.field())),
                            broken.messageKey(), broken.arguments().stream().map(String::valueOf)
                                    .toArray(String[]::new)));
                }
            }
            if (content == null || problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ImportWriting.Pending(row.number(), null, new ItemDraft(defaults.stage(),
                    defaults.subject(), grade, difficulty, source, defaults.sharing(), kps, content)));
        }

        private static String header(String field) {
            return switch (field) {
                case "choices", "pairs" -> "选项A";
                case "key", "blanks" -> "答案";
                default -> "题干";
            };
        }

        private List<Long> knowledgePoints() {
            String cell = cell("知识点");
            if (cell.isEmpty()) {
                return defaults.knowledgePoints();
            }
            List<Long> ids = new ArrayList<>();
            for (String token : cell.split("[;；]")) {
                String t = token.strip();
                if (t.isEmpty()) {
                    continue;
                }
                Long id = knowledgePoints.get(t);
                if (id == null) {
                    problem("知识点", "assessment.template.knowledgePoint", t);
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (ids.size() > 10) {
                problem("知识点", "assessment.validation.knowledgePoints");
            }
            return ids;
        }

        private List<String> options() {
            List<String> options = new ArrayList<>();
            for (String header : OPTIONS) {
                if (!cell(header).isEmpty()) {
                    if (options.size() < OPTIONS.indexOf(header)) {
                        problem(header, "assessment.template.optionGap");
                    }
                    options.add(cell(header));
                }
            }
            return options;
        }

        private static List<ItemContent.Choice> lettered(List<String> texts) {
            List<ItemContent.Choice> choices = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                choices.add(new ItemContent.Choice(String.valueOf((char) ('A' + i)), TemplateText.html(texts.get(i))));
            }
            return choices;
        }

        private ItemContent content(ItemType type) {
            String stem = TemplateText.html(cell("题干"));
            String explanation = TemplateText.html(cell("解析"));
            String answer = cell("答案");
            List<ItemContent.Choice> choices = List.of();
            List<ItemContent.Choice> targets = List.of();
            List<String> key = List.of();
            Map<String, String> pairs = Map.of();
            List<ItemContent.Blank> blanks = List.of();
            String reference = "";
            switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> {
                    choices = lettered(options());
                    key = TemplateText.letters(answer).orElse(List.of());
                    if (key.isEmpty()) {
                        problem("答案", "assessment.template.letters");
                        return null;
                    }
                }
                case TRUE_FALSE -> {
                    choices = List.of(new ItemContent.Choice("A", "对"), new ItemContent.Choice("B", "错"));
                    Optional<String> truth = TemplateText.truth(answer);
                    if (truth.isEmpty()) {
                        problem("答案", "assessment.template.truth");
                        return null;
                    }
                    key = List.of(truth.get());
                }
                case FILL_BLANK -> {
                    if (answer.isEmpty()) {
                        problem("答案", "roster.import.error.required");
                        return null;
                    }
                    blanks = TemplateText.blanks(answer);
                }
                case MATCHING -> {
                    List<String> premises = new ArrayList<>();
                    List<String> ends = new ArrayList<>();
                    int i = 0;
                    for (String option : options()) {
                        String[] pair = option.split(TemplateText.PAIR_SEPARATOR, 2);
                        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                            problem(OPTIONS.get(i), "assessment.template.pair");
                            return null;
                        }
                        premises.add(pair[0].strip());
                        ends.add(pair[1].strip());
                        i++;
                    }
                    List<String> sorted = new ArrayList<>(new TreeSet<>(ends));
                    List<ItemContent.Choice> t = new ArrayList<>();
                    for (int n = 0; n < sorted.size(); n++) {
                        t.add(new ItemContent.Choice("T" + (n + 1), TemplateText.html(sorted.get(n))));
                    }
                    targets = t;
                    choices = lettered(premises);
                    Map<String, String> p = new LinkedHashMap<>();
                    for (int n = 0; n < premises.size(); n++) {
                        p.put(choices.get(n).id(), "T" + (sorted.indexOf(ends.get(n)) + 1));
                    }
                    pairs = p;
                }
                case SHORT_ANSWER, ESSAY -> reference = TemplateText.html(answer);
            }
            return new ItemContent(type, stem, choices, targets, key, pairs, blanks, explanation, reference, "");
        }
    }
}

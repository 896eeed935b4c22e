package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The item form as the page sends it: one form for every type, each type reading only its own rows. Rows are
 * indexed (options A–F, blanks, matching rows, ordering elements) so an empty row keeps its place and its letter.
 * Blanks take accepted texts separated by "|" and, optionally, a number with a tolerance or a list to choose from
 * (options separated by "|", the accepted texts among them); ordering elements are
 * written in the correct order (students see them shuffled).
 */
record ItemForm(@Nullable ItemType type, @Nullable String stem, @Nullable List<String> choices,
                @Nullable List<String> correct, @Nullable String truth, @Nullable List<String> blankTexts,
                @Nullable List<String> blankNumbers, @Nullable List<String> blankTolerances,
                @Nullable List<String> blankOptions, @Nullable List<String> premises, @Nullable List<String> targets, @Nullable List<String> elements,
                @Nullable String reference, @Nullable String rubric, @Nullable String explanation,
                @NotNull(message = "{assessment.validation.stage}") @Nullable Stage stage,
                @NotNull(message = "{assessment.validation.subject}") @Nullable Subject subject,
                @Nullable @Min(value = 1, message = "{assessment.validation.grade}") @Max(value = 12, message = "{assessment.validation.grade}") Integer grade,
                @NotNull(message = "{assessment.validation.difficulty}") @Min(value = 1, message = "{assessment.validation.difficulty}") @Max(value = 5, message = "{assessment.validation.difficulty}") @Nullable Integer difficulty,
                @Nullable @Size(max = 200, message = "{assessment.validation.source}") String source,
                @Nullable Sharing sharing,
                @NotEmpty(message = "{assessment.validation.knowledgePoints}") @Size(max = 10, message = "{assessment.validation.knowledgePoints}") @Nullable List<Long> knowledgePoints) {

    /** Empty rows a new item's form offers; an item with more options or blanks gets a row for each. */
    static final int ROWS = 6;
    /**
     * The most rows the form reads back, above every limit of {@link ItemRules} so that too many options or blanks
     * reach the rules and are refused by name rather than cut off here.
     */
    static final int MOST_ROWS = 40;
    static final String TRUE = "对";
    static final String FALSE = "错";

    static ItemForm blank(@Nullable ItemType type) {
        return new ItemForm(type == null ? ItemType.SINGLE_CHOICE : type, "", List.of(), List.of(), null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "", "", Stage.PRIMARY, Subject.MATHEMATICS,
                null, 3, "", Sharing.PRIVATE, List.of());
    }

    /** The form holding an item's current version, for editing it. */
    static ItemForm of(ItemView item) {
        ItemContent c = item.content();
        List<String> choices = new ArrayList<>();
        List<String> premises = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        List<String> blankTexts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> tolerances = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> key = new ArrayList<>();
        String truth = null;
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                // by position: an imported item keeps its package's identifiers (e.g. "ChoiceA"), the form letters them
                for (ItemContent.Choice choice : c.choices()) {
                    if (c.key().contains(choice.id())) {
                        key.add(letter(choices.size()));
                    }
                    choices.add(choice.html());
                }
            }
            case TRUE_FALSE -> truth = c.key().isEmpty() ? null : c.key().getFirst();
            case FILL_BLANK -> c.blanks().forEach(b -> {
                blankTexts.add(String.join("|", b.accepted()));
                numbers.add(b.number() == null ? "" : plain(b.number()));
                tolerances.add(b.number() == null ? "" : plain(b.tolerance()));
                options.add(String.join("|", b.options()));
            });
            case MATCHING -> {
                for (ItemContent.Choice premise : c.choices()) {
                    premises.add(premise.html());
                    String target = c.pairs().get(premise.id());
                    targets.add(c.targets().stream().filter(t -> t.id().equals(target)).map(ItemContent.Choice::html)
                            .findFirst().orElse(""));
                }
                // targets no premise leads to (distractors) come in rows of their own
                c.targets().stream().filter(t -> !c.pairs().containsValue(t.id())).forEach(t -> {
                    premises.add("");
                    targets.add(t.html());
                });
            }
            case ORDERING -> c.key().forEach(id -> {
                ItemContent.Choice element = c.choice(id);
                elements.add(element == null ? "" : element.html());
            });
            case SHORT_ANSWER, ESSAY -> { }
        }
        return new ItemForm(item.type(), c.stem(), choices, key, truth,
                blankTexts, numbers, tolerances, options, premises, targets, elements, c.reference(), c.rubric(),
                c.explanation(), item.stage(), item.subject(), item.grade(), item.difficulty(), item.source(),
                item.sharing(), item.knowledgePoints());
    }

    /** The draft the bank checks; a number the form cannot read is the blanks' error. */
    ItemDraft draft() {
        return new ItemDraft(Objects.requireNonNull(stage), Objects.requireNonNull(subject), grade,
                Objects.requireNonNull(difficulty), source, sharing == null ? Sharing.PRIVATE : sharing,
                knowledgePoints == null ? List.of() : knowledgePoints.stream().filter(Objects::nonNull).toList(),
                content());
    }

    /** What the form says the item is, before the bank checks it (also the editor's preview). */
    ItemContent content() {
        ItemType kind = type;
        List<ItemContent.Choice> choiceList = new ArrayList<>();
        List<ItemContent.Choice> targetList = new ArrayList<>();
        List<String> key = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        List<ItemContent.Blank> blanks = new ArrayList<>();
        if (kind != null) {
            switch (kind) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (int i = 0; i < rowCount(); i++) {
                        String text = row(choices, i);
                        String id = letter(i);
                        if (!text.isBlank()) {
                            choiceList.add(new ItemContent.Choice(id, text));
                        }
                    }
                    if (correct != null) {
                        correct.stream().filter(Objects::nonNull).forEach(key::add);
                    }
                }
                case TRUE_FALSE -> {
                    choiceList.add(new ItemContent.Choice("A", TRUE));
                    choiceList.add(new ItemContent.Choice("B", FALSE));
                    if (truth != null && !truth.isBlank()) {
                        key.add(truth);
                    }
                }
                case FILL_BLANK -> {
                    for (int i = 0; i < rowCount(); i++) {
                        String texts = row(blankTexts, i);
                        String number = row(blankNumbers, i);
                        if (texts.isBlank() && number.isBlank()) {
                            continue;
                        }
                        List<String> accepted = java.util.Arrays.stream(texts.split("\\|")).map(String::strip)
                                .filter(s -> !s.isEmpty()).toList();
                        List<String> listed = java.util.Arrays.stream(row(blankOptions, i).split("\\|"))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList();
                        blanks.add(new ItemContent.Blank(accepted, number.isBlank() ? null : parse(number, i),
                                row(blankTolerances, i).isBlank() ? 0 : parse(row(blankTolerances, i), i), listed));
                    }
                }
                case MATCHING -> {
                    for (int i = 0; i < rowCount(); i++) {
                        String premise = row(premises, i);
                        String target = row(targets, i);
                        String premiseId = letter(i);
                        String targetId = String.valueOf(i + 1);
                        if (!target.isBlank()) {
                            targetList.add(new ItemContent.Choice(targetId, target));
                        }
                        if (!premise.isBlank()) {
                            choiceList.add(new ItemContent.Choice(premiseId, premise));
                            if (!target.isBlank()) {
                                pairs.put(premiseId, targetId);
                            }
                        }
                    }
                }
                case ORDERING -> {
                    for (int i = 0; i < rowCount(); i++) {
                        String element = row(elements, i);
                        if (!element.isBlank()) {
                            String id = letter(i);
                            choiceList.add(new ItemContent.Choice(id, element));
                            key.add(id);
                        }
                    }
                }
                case SHORT_ANSWER, ESSAY -> { }
            }
        }
        boolean written = kind != null && kind.teacherGraded();
        return new ItemContent(kind, lines(stem), choiceList, targetList, key, pairs, blanks, lines(explanation),
                written ? lines(reference) : "", written ? rubric : "");
    }

    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
            "(?i)<(p|div|br|ul|ol|li|table|tr|td|th|h[1-6]|blockquote|pre|math)\\b");

    /**
     * The author's line breaks kept once the editor's toolbar has put a tag in the text: plain text keeps them
     * anyway ({@link ItemMarkup}), but HTML would run the lines together. Text with block elements of its own is
     * the author's HTML and is left as it is.
     */
    static @Nullable String lines(@Nullable String text) {
        if (text == null || !text.contains("<") || !text.contains("\n") || BLOCK.matcher(text).find()) {
            return text;
        }
        return text.strip().replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /**
     * Rows the form shows and reads: at least {@link #ROWS}, one for every option, blank, pair or element the item
     * has (an imported item may have more than a new one offers; editing it must not cut the rest off).
     */
    public int rowCount() {
        int most = ROWS;
        for (List<String> rows : java.util.Arrays.asList(choices, blankTexts, blankNumbers, blankTolerances,
                blankOptions, premises, targets, elements)) {
            most = Math.max(most, rows == null ? 0 : rows.size());
        }
        return Math.min(most, MOST_ROWS);
    }

    /** The letter of row {@code i}: A … Z, then AA, AB … */
    public static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : letter(i / 26 - 1) + letter(i % 26);
    }

    /** Row {@code i} of an indexed list, empty when the form left it out. */
    static String row(@Nullable List<String> rows, int i) {
        return rows == null || i >= rows.size() || rows.get(i) == null ? "" : rows.get(i).strip();
    }

    /** Row {@code i} of one of the form's row lists, for the template. */
    public String cell(String part, int i) {
        return row(switch (part) {
            case "choices" -> choices;
            case "blankTexts" -> blankTexts;
            case "blankNumbers" -> blankNumbers;
            case "blankTolerances" -> blankTolerances;
            case "blankOptions" -> blankOptions;
            case "premises" -> premises;
            case "targets" -> targets;
            case "elements" -> elements;
            default -> throw new IllegalArgumentException(part);
        }, i);
    }

    public boolean correct(String letter) {
        return correct != null && correct.contains(letter);
    }

    private static double parse(String number, int i) {
        try {
            return Double.parseDouble(number.replace('，', '.').replace(',', '.').replace("±", ""));
        } catch (NumberFormatException e) {
            throw new FieldRuleViolationException("blanks", "assessment.error.blankTolerance", i + 1);
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

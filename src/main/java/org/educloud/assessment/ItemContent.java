package org.educloud.assessment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one version of an item says and how it is marked. Which parts are used depends on the type:
 * <ul>
 *   <li>choice types (single, multiple, true/false): {@code choices} and the correct choice ids in {@code key};</li>
 *   <li>fill-in-the-blank: one {@link Blank} per gap, in order;</li>
 *   <li>matching: {@code choices} are the premises, {@code targets} what they match, {@code pairs} premise → target;</li>
 *   <li>ordering: {@code choices} in the order shown, {@code key} their ids in the correct order;</li>
 *   <li>short answer and essay: a {@code reference} answer and a {@code rubric} for the grading teacher.</li>
 * </ul>
 * Stem, choices, explanation (解析) and reference hold sanitised HTML ({@link ItemMarkup}); formulas are LaTeX
 * between {@code \( \)} or {@code \[ \]}, or MathML, rendered in the browser.
 */
public record ItemContent(@Nullable ItemType type, String stem, List<Choice> choices, List<Choice> targets, List<String> key,
                          Map<String, String> pairs, List<Blank> blanks, String explanation, String reference,
                          String rubric) {

    /** Parts a client leaves out are empty, never null: a JSON body without {@code targets} is still an item. */
    public ItemContent {
        stem = orEmpty(stem);
        choices = choices == null ? List.of() : List.copyOf(choices);
        targets = targets == null ? List.of() : List.copyOf(targets);
        key = key == null ? List.of() : List.copyOf(key);
        pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
        blanks = blanks == null ? List.of() : List.copyOf(blanks);
        explanation = orEmpty(explanation);
        reference = orEmpty(reference);
        rubric = orEmpty(rubric);
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The type, once {@link ItemRules} has accepted the item. */
    public ItemType kind() {
        if (type == null) {
            throw new IllegalStateException("An item without a type was not checked");
        }
        return type;
    }

    /** An option, premise, target or element to order: a short id ("A", "B", …) and its text. */
    public record Choice(String id, String html) {

        public Choice {
            id = orEmpty(id);
            html = orEmpty(html);
        }
    }

    /**
     * One gap of a fill-in-the-blank item: accepted texts (compared after normalising width, case and spaces), or
     * a number with a tolerance (a fraction such as {@code 3/4} is read as its value). A gap with {@code options}
     * is chosen from a list instead of typed (QTI's inline choice and gap match): the student's answer is the
     * chosen option's text, and the accepted texts are among the options.
     */
    public record Blank(List<String> accepted, @Nullable Double number, double tolerance, List<String> options) {

        public Blank {
            accepted = accepted == null ? List.of() : accepted.stream().filter(java.util.Objects::nonNull).toList();
            options = options == null ? List.of() : options.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** A gap to type into. */
        public Blank(List<String> accepted, @Nullable Double number, double tolerance) {
            this(accepted, number, tolerance, List.of());
        }

        public boolean chosen() {
            return !options.isEmpty();
        }
    }

    public @Nullable Choice choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** An ordering item's elements in the correct order (the answer a shuffle must not show). */
    public List<Choice> correctOrder() {
        return key.stream().map(this::choice).filter(java.util.Objects::nonNull).toList();
    }

    /** A matching item's targets lined up with their premises, premise by premise (the answer read across). */
    public List<Choice> pairedTargets() {
        List<Choice> lined = new java.util.ArrayList<>();
        for (Choice premise : choices) {
            String target = pairs.get(premise.id());
            targets.stream().filter(t -> t.id().equals(target) && !lined.contains(t)).findFirst().ifPresent(lined::add);
        }
        return List.copyOf(lined);
    }
}

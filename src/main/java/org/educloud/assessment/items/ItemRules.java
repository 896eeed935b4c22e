package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an item markable, type by type: a stem, enough choices, a key that names existing choices, a
 * permutation for ordering, a target for every premise. Each broken rule is a {@link Broken} with the field it
 * concerns, so a form shows it beside the field and an import names it in its row.
 */
public final class ItemRules {

    public static final int MAX_CHOICES = 8;
    public static final int MAX_BLANKS = 20;
    /** Options of one gap chosen from a list (a gap match offers all its words to every gap). */
    public static final int MAX_BLANK_OPTIONS = 20;
    public static final int MAX_TEXT = 20_000;

    /** One broken rule: the content field and a message key of the assessment bundle with its arguments. */
    public record Broken(String field, String messageKey, List<Object> arguments) {

        static Broken of(String field, String messageKey, Object... arguments) {
            return new Broken(field, messageKey, List.of(arguments));
        }
    }

    private ItemRules() {
    }

    public static List<Broken> check(ItemContent item) {
        List<Broken> broken = new ArrayList<>();
        if (item.type() == null) {
            broken.add(Broken.of("type", "assessment.error.typeMissing"));
            return broken;
        }
        if (ItemMarkup.plain(item.stem()).isEmpty() && !item.stem().contains("<img") && !item.stem().contains("<math")) {
            broken.add(Broken.of("stem", "assessment.error.stemMissing"));
        }
        for (String text : List.of(item.stem(), item.explanation(), item.reference(), item.rubric())) {
            if (text.length() > MAX_TEXT) {
                broken.add(Broken.of("stem", "assessment.error.textTooLong", MAX_TEXT));
            }
        }
        switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> checkChoices(item, 1, 1, broken);
            case MULTIPLE_CHOICE -> checkChoices(item, 1, item.choices().size(), broken);
            case FILL_BLANK -> checkBlanks(item, broken);
            case MATCHING -> checkMatching(item, broken);
            case ORDERING -> checkOrdering(item, broken);
            case SHORT_ANSWER, ESSAY -> { }
        }
        return broken;
    }

    private static void checkChoices(ItemContent item, int minKeys, int maxKeys, List<Broken> broken) {
        if (!distinctOptions(item.choices(), 2, broken)) {
            return;
        }
        if (item.key().size() < minKeys || item.key().size() > maxKeys) {
            broken.add(Broken.of("key", item.type() == ItemType.MULTIPLE_CHOICE
                    ? "assessment.error.keyMultiple" : "assessment.error.keySingle"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : item.key()) {
            if (item.choice(id) == null || !seen.add(id)) {
                broken.add(Broken.of("key", "assessment.error.keyUnknown", id));
            }
        }
    }

    private static boolean distinctOptions(List<ItemContent.Choice> options, int min, List<Broken> broken) {
        if (options.size() < min || options.size() > MAX_CHOICES) {
            broken.add(Broken.of("choices", "assessment.error.choiceCount", min, MAX_CHOICES));
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (ItemContent.Choice c : options) {
            if (c.id().isBlank() || !ids.add(c.id())) {
                broken.add(Broken.of("choices", "assessment.error.choiceIdRepeated", c.id()));
                return false;
            }
            if (ItemMarkup.plain(c.html()).isEmpty() && !c.html().contains("<img") && !c.html().contains("<math")) {
                broken.add(Broken.of("choices", "assessment.error.choiceEmpty", c.id()));
                return false;
            }
        }
        return true;
    }

    private static void checkBlanks(ItemContent item, List<Broken> broken) {
        if (item.blanks().isEmpty() || item.blanks().size() > MAX_BLANKS) {
            broken.add(Broken.of("blanks", "assessment.error.blankCount", MAX_BLANKS));
            return;
        }
        for (int i = 0; i < item.blanks().size(); i++) {
            ItemContent.Blank blank = item.blanks().get(i);
            boolean anyText = blank.accepted().stream().anyMatch(a -> !a.isBlank());
            if (!anyText && blank.number() == null) {
                broken.add(Broken.of("blanks", "assessment.error.blankWithoutAnswer", i + 1));
            }
            if (blank.tolerance() < 0 || Double.isNaN(blank.tolerance())
                    || blank.number() != null && !Double.isFinite(blank.number())) {
                broken.add(Broken.of("blanks", "assessment.error.blankTolerance", i + 1));
            }
            if (blank.chosen() && (blank.number() != null || blank.options().size() < 2
                    || blank.options().size() > MAX_BLANK_OPTIONS
                    || blank.options().stream().distinct().count() < blank.options().size()
                    || !blank.options().containsAll(blank.accepted())
                    || blank.options().stream().anyMatch(o -> o.isBlank() || o.length() > 500))) {
                broken.add(Broken.of("blanks", "assessment.error.blankOptions", i + 1));
            }
        }
    }

    private static void checkMatching(ItemContent item, List<Broken> broken) {
        if (!distinctOptions(item.choices(), 2, broken) || !distinctOptions(item.targets(), 2, broken)) {
            return;
        }
        for (ItemContent.Choice premise : item.choices()) {
            String target = item.pairs().get(premise.id());
            if (target == null || item.targets().stream().noneMatch(t -> t.id().equals(target))) {
                broken.add(Broken.of("pairs", "assessment.error.pairMissing", premise.id()));
            }
        }
        if (!item.choices().stream().map(ItemContent.Choice::id).toList().containsAll(item.pairs().keySet())) {
            broken.add(Broken.of("pairs", "assessment.error.pairUnknown"));
        }
    }

    private static void checkOrdering(ItemContent item, List<Broken> broken) {
        if (!distinctOptions(item.choices(), 2, broken)) {
            return;
        }
        Set<String> ids = new HashSet<>(item.choices().stream().map(ItemContent.Choice::id).toList());
        if (item.key().size() != ids.size() || !ids.equals(new HashSet<>(item.key()))) {
            broken.add(Broken.of("key", "assessment.error.orderNotPermutation"));
        }
    }
}

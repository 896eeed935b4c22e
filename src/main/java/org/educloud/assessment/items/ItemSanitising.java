package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@link ItemMarkup} to every text of an item and trims ids and accepted answers. */
final class ItemSanitising {

    private ItemSanitising() {
    }

    static ItemContent sanitised(ItemContent c) {
        Map<String, String> pairs = new LinkedHashMap<>();
        c.pairs().forEach((k, v) -> pairs.put(k.strip(), v.strip()));
        List<ItemContent.Blank> blanks = c.blanks().stream()
                .map(b -> new ItemContent.Blank(texts(b.accepted()), b.number(), b.tolerance(), texts(b.options())))
                .toList();
        return new ItemContent(c.type(), ItemMarkup.sanitised(c.stem()), choices(c.choices()), choices(c.targets()),
                c.key().stream().map(String::strip).toList(), pairs, blanks, ItemMarkup.sanitised(c.explanation()),
                ItemMarkup.sanitised(c.reference()), ItemMarkup.sanitised(c.rubric()));
    }

    /** Accepted answers and a gap's options alike, so that the accepted stay among the options. */
    private static List<String> texts(List<String> texts) {
        return texts.stream().map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.length() > 200 ? a.substring(0, 200) : a).toList();
    }

    private static List<ItemContent.Choice> choices(List<ItemContent.Choice> choices) {
        return choices.stream().map(ch -> new ItemContent.Choice(ch.id().strip(), ItemMarkup.sanitised(ch.html())))
                .toList();
    }
}

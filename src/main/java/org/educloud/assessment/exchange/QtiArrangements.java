package org.educloud.assessment.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.exchange.QtiDeclarations.Declaration;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Interactions that arrange options: ordering (the key is the correct order) and matching or association (premises
 * paired with targets). Problems go to the reader's list.
 */
final class QtiArrangements {

    private final QtiItemReader reader;

    QtiArrangements(QtiItemReader reader) {
        this.reader = reader;
    }

    @Nullable ItemContent ordering(Element interaction, @Nullable Declaration declaration, String stem) {
        List<String> key = reader.keyOf(interaction, declaration);
        return key == null ? null : QtiItemReader.content(ItemType.ORDERING, stem, reader.choices(interaction, "simpleChoice"), List.of(),
                key, Map.of(), List.of());
    }

    @Nullable ItemContent matching(Element interaction, @Nullable Declaration declaration, String stem) {
        List<String> correct = reader.keyOf(interaction, declaration);
        if (correct == null) {
            return null;
        }
        boolean match = Qti.name(interaction).equals("matchInteraction");
        if (!match && (declaration == null || !"directedPair".equals(declaration.baseType()))) {
            reader.problem(Qti.name(interaction), "assessment.exchange.undirectedPairs", reader.file);
            return null;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : correct) {
            String[] ends = value.strip().split("\\s+");
            if (ends.length != 2) {
                reader.problem("correctResponse", "assessment.exchange.badPair", reader.file, value);
                return null;
            }
            if (pairs.put(ends[0], ends[1]) != null) {
                reader.problem("correctResponse", "assessment.exchange.premiseTwice", reader.file, ends[0]);
                return null;
            }
        }
        List<ItemContent.Choice> premises;
        List<ItemContent.Choice> targets;
        if (match) {
            List<Element> sets = Qti.children(interaction, "simpleMatchSet");
            if (sets.size() != 2) {
                reader.problem(Qti.name(interaction), "assessment.exchange.matchSets", reader.file);
                return null;
            }
            premises = reader.choices(sets.get(0), "simpleAssociableChoice");
            targets = reader.choices(sets.get(1), "simpleAssociableChoice");
        } else {
            List<ItemContent.Choice> all = reader.choices(interaction, "simpleAssociableChoice");
            premises = all.stream().filter(c -> pairs.containsKey(c.id())).toList();
            targets = all.stream().filter(c -> !pairs.containsKey(c.id())).toList();
        }
        return QtiItemReader.content(ItemType.MATCHING, stem, premises, targets, List.of(), pairs, List.of());
    }
}

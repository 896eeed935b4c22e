package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.exchange.QtiDeclarations.Declaration;
import org.educloud.assessment.items.ItemMarkup;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The gaps of a fill-in-the-blank item read from QTI: a text entry (its accepted texts, or a number), an inline
 * choice and a gap match (a list to choose from inside the text). Problems go to the reader's list.
 */
final class QtiGaps {

    private final QtiItemReader reader;

    QtiGaps(QtiItemReader reader) {
        this.reader = reader;
    }

    @Nullable List<ItemContent.Blank> textEntry(Element entry, Declaration declaration, double tolerance) {
        List<String> accepted = new ArrayList<>(declaration.correct());
        declaration.mapping().forEach((text, value) -> {
            if (value > 0 && !accepted.contains(text)) {
                accepted.add(text);
            }
        });
        if (accepted.isEmpty()) {
            reader.problem(Qti.name(entry), "assessment.exchange.noCorrectResponse", reader.file, Qti.name(entry));
            return null;
        }
        Double number = null;
        if (Set.of("float", "integer").contains(declaration.baseType())) {
            try {
                number = Double.parseDouble(accepted.getFirst().strip());
            } catch (NumberFormatException e) {
                reader.problem(Qti.name(entry), "assessment.exchange.notNumber", reader.file, accepted.getFirst());
                return null;
            }
            accepted.removeIf(a -> a.strip().equals(accepted.getFirst().strip()));
        }
        return List.of(new ItemContent.Blank(accepted, number, tolerance));
    }

    /** A list to choose from inside the text: its options' texts, the correct ones accepted. */
    @Nullable List<ItemContent.Blank> inlineChoice(Element interaction, Declaration declaration) {
        List<String> key = reader.keyOf(interaction, declaration);
        if (key == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element choice : Qti.children(interaction, "inlineChoice")) {
            texts.put(Qti.attr(choice, "identifier"), ItemMarkup.plain(reader.html.of(choice)));
        }
        List<String> accepted = accepted(key, texts);
        return accepted == null ? null : List.of(new ItemContent.Blank(accepted, null, 0,
                List.copyOf(texts.values())));
    }

    /**
     * Every gap of a gap match as a list of all its gap texts (a phone has no room to drag words; the list is the
     * same choice); a gap accepts the texts the correct pairs ("gap text, gap") put in it.
     */
    @Nullable List<ItemContent.Blank> gapMatch(Element interaction, Declaration declaration) {
        List<String> pairs = reader.keyOf(interaction, declaration);
        if (pairs == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element gapText : Qti.children(interaction, "gapText")) {
            texts.put(Qti.attr(gapText, "identifier"), ItemMarkup.plain(reader.html.of(gapText)));
        }
        if (!Qti.children(interaction, "gapImg").isEmpty()) {
            String where = Qti.location(Qti.children(interaction, "gapImg").getFirst());
            reader.problem(where, "assessment.exchange.unsupportedInteraction", "gapImg", reader.file, where);
            return null;
        }
        List<ItemContent.Blank> blanks = new ArrayList<>();
        for (Element gap : Qti.descendants(interaction, "gap")) {
            String gapId = Qti.attr(gap, "identifier");
            List<String> into = new ArrayList<>();
            for (String pair : pairs) {
                String[] ends = pair.strip().split("\\s+");
                if (ends.length != 2) {
                    reader.problem("correctResponse", "assessment.exchange.badPair", reader.file, pair);
                    return null;
                }
                if (ends[1].equals(gapId)) {
                    into.add(ends[0]);
                }
            }
            if (into.isEmpty()) {
                reader.problem(Qti.location(gap), "assessment.exchange.noCorrectResponse", reader.file, "gap " + gapId);
                return null;
            }
            List<String> accepted = accepted(into, texts);
            if (accepted == null) {
                return null;
            }
            blanks.add(new ItemContent.Blank(accepted, null, 0, texts.values().stream().distinct().toList()));
        }
        return blanks;
    }

    @Nullable List<String> accepted(List<String> ids, Map<String, String> texts) {
        List<String> accepted = new ArrayList<>();
        for (String id : ids) {
            String text = texts.get(id);
            if (text == null) {
                reader.problem("correctResponse", "assessment.exchange.keyNotAChoice", reader.file, id);
                return null;
            }
            if (!accepted.contains(text)) {
                accepted.add(text);
            }
        }
        return accepted;
    }
}

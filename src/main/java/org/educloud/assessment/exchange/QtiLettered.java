package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.exchange.QtiDeclarations.Declaration;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Interactions read as a choice lettered A, B, …: hot text (the marked words of a passage) and hotspots (the areas
 * of a picture, drawn and lettered on a copy of it). Problems go to the reader's list.
 */
final class QtiLettered {

    private final QtiItemReader reader;

    QtiLettered(QtiItemReader reader) {
        this.reader = reader;
    }

    /** The marked words of a passage as options, lettered in the order the passage has them. */
    @Nullable ItemContent hottext(Element body, Element interaction, @Nullable Declaration declaration,
                                          String stem) {
        List<String> key = reader.keyOf(interaction, declaration);
        if (key == null) {
            return null;
        }
        List<Element> everyHottext = Qti.descendants(body, "hottext");
        List<ItemContent.Choice> choices = new ArrayList<>();
        Map<String, String> letters = new LinkedHashMap<>();
        for (Element hottext : Qti.descendants(interaction, "hottext")) {
            String letter = letter(everyHottext.indexOf(hottext));
            letters.put(Qti.attr(hottext, "identifier"), letter);
            choices.add(new ItemContent.Choice(letter, reader.html.of(hottext)));
        }
        return lettered(interaction, declaration, stem, choices, key, letters);
    }

    /**
     * The areas of a picture as options: drawn and lettered on a copy of the picture that is this interaction's
     * alone (another interaction on the same picture has other areas), which the stem shows.
     */
    @Nullable ItemContent hotspot(Element interaction, @Nullable Declaration declaration, String stem) {
        List<String> key = reader.keyOf(interaction, declaration);
        if (key == null) {
            return null;
        }
        Element picture = Qti.child(interaction, "object");
        if (picture == null) {
            picture = Qti.child(interaction, "img");
        }
        String reference = picture == null ? "" : Qti.name(picture).equals("img") ? picture.getAttribute("src")
                : picture.getAttribute("data");
        String path = PackageFiles.resolve(reader.file, reference);
        if (picture == null || path == null || !reader.media.exists(path)) {
            reader.problem(Qti.location(interaction), "assessment.exchange.mediaMissing", reader.file, reference);
            return null;
        }
        List<HotspotPicture.Area> areas = new ArrayList<>();
        List<ItemContent.Choice> choices = new ArrayList<>();
        Map<String, String> letters = new LinkedHashMap<>();
        for (Element choice : Qti.children(interaction, "hotspotChoice")) {
            String letter = letter(areas.size());
            letters.put(Qti.attr(choice, "identifier"), letter);
            areas.add(new HotspotPicture.Area(letter, Qti.attr(choice, "shape"), Qti.attr(choice, "coords")));
            String label = Qti.attr(choice, "hotspotLabel");
            choices.add(new ItemContent.Choice(letter, label.isEmpty() ? letter : Entities.escape(label)));
        }
        try {
            HotspotPicture.check(areas);
        } catch (HotspotPicture.Unusable unusable) {
            reader.problem(Qti.location(interaction), unusable.messageKey(), reader.file, reference, unusable.detail());
            return null;
        }
        // drawn once the whole package is read and counted (HotspotPictures.draw), on this interaction's own copy
        String marked = reader.hotspots.add(reader.file, Qti.location(interaction), reference, path, areas,
                size(picture, "width"), size(picture, "height"));
        String alt = picture.hasAttribute("alt") ? picture.getAttribute("alt") : picture.getTextContent().strip();
        String withPicture = BodyHtml.clean(stem + "<p><img src=\"" + marked + "\" alt=\"" + Entities.escape(alt)
                + "\"></p>");
        return lettered(interaction, declaration, withPicture, choices, key, letters);
    }

    private static int size(Element picture, String attribute) {
        String value = picture.getAttribute(attribute).strip();
        return value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
    }

    @Nullable ItemContent lettered(Element interaction, @Nullable Declaration declaration, String stem,
                                           List<ItemContent.Choice> choices, List<String> key,
                                           Map<String, String> letters) {
        List<String> lettersKey = new ArrayList<>();
        for (String id : key) {
            String letter = letters.get(id);
            if (letter == null) {
                reader.problem("correctResponse", "assessment.exchange.keyNotAChoice", reader.file, id);
                return null;
            }
            lettersKey.add(letter);
        }
        String max = Qti.attr(interaction, "maxChoices");
        boolean one = max.isEmpty() ? declaration == null || !"multiple".equals(declaration.cardinality())
                : max.equals("1");
        return QtiItemReader.content(one ? ItemType.SINGLE_CHOICE : ItemType.MULTIPLE_CHOICE, stem, choices, List.of(), lettersKey,
                Map.of(), List.of());
    }

    /** A, B, … Z, then AA, AB, … (an option's id stays short). */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }
}

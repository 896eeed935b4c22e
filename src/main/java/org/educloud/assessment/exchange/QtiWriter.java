package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.assessment.ItemType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * One item as a QTI 3.0 {@code qti-assessment-item}. Single choice, ordering and true/false items are scored by the
 * {@code match_correct} template; multiple choice by a processing that gives part of the key half (少选得一半); matching by {@code map_response} (each right pair earns its share, as here); a
 * single text blank by {@code map_response} over its accepted texts (a gap chosen from a list is a
 * {@code qti-inline-choice-interaction}, mapped by option); several blanks, or a number with a tolerance,
 * by a response processing that adds each blank's share (an absolute tolerance written on its {@code qti-equal}).
 * Short answers and essays are scored by people: their reference answer and rubric are scorer rubric blocks. The
 * explanation (解析) is the modal feedback {@code SOLUTION}. The stem sits in a {@code div class="educloud-stem"} and
 * the gaps of a fill-in item in a {@code p class="educloud-blanks"}, so this platform reads its own export back
 * exactly; other readers see ordinary XHTML.
 */
final class QtiWriter {

    static final String MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    static final String MAP_RESPONSE = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";
    static final int SHORT_LINES = 3;
    static final int ESSAY_LINES = 15;

    private final StringBuilder xml = new StringBuilder();
    private final Set<Long> media = new LinkedHashSet<>();
    private final LongFunction<@Nullable String> mediaFile;

    /** {@code mediaFile}: the package path of a stored picture ("media/12.png"), or null when there is none. */
    QtiWriter(LongFunction<@Nullable String> mediaFile) {
        this.mediaFile = mediaFile;
    }

    /** The pictures the items written so far show, by id. */
    Set<Long> media() {
        return media;
    }

    String item(String identifier, ItemContent item) {
        xml.setLength(0);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-item xmlns=\"").append(Qti.V3)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"")
                .append(Qti.V3).append(" https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd\"")
                .append(" identifier=\"").append(identifier).append("\" title=\"")
                .append(attribute(title(item))).append("\" adaptive=\"false\" time-dependent=\"false\" xml:lang=\"zh-CN\">\n");
        declarations(item);
        xml.append("<qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\"/>\n");
        if (!item.explanation().isEmpty()) {
            xml.append("<qti-outcome-declaration identifier=\"FEEDBACK\" cardinality=\"single\" base-type=\"identifier\"/>\n");
        }
        xml.append("<qti-item-body>\n<div class=\"educloud-stem\">").append(xhtml(item.stem())).append("</div>\n");
        body(item);
        xml.append("</qti-item-body>\n");
        processing(item);
        if (!item.explanation().isEmpty()) {
            xml.append("<qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"SOLUTION\" show-hide=\"show\">")
                    .append(xhtml(item.explanation())).append("</qti-modal-feedback>\n");
        }
        return xml.append("</qti-assessment-item>\n").toString();
    }

    private void declarations(ItemContent item) {
        switch (item.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE -> declaration("RESPONSE", "single", "identifier", item.key(), Map.of());
            case MULTIPLE_CHOICE -> declaration("RESPONSE", "multiple", "identifier", item.key(), Map.of());
            case ORDERING -> declaration("RESPONSE", "ordered", "identifier", item.key(), Map.of());
            case MATCHING -> {
                List<String> pairs = item.choices().stream().map(c -> c.id() + " " + item.pairs().get(c.id())).toList();
                java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();
                pairs.forEach(p -> mapping.put(p, "1"));
                declaration("RESPONSE", "multiple", "directedPair", pairs, mapping);
            }
            case FILL_BLANK -> {
                for (int i = 0; i < item.blanks().size(); i++) {
                    ItemContent.Blank blank = item.blanks().get(i);
                    String id = blankId(item, i);
                    if (blank.number() != null) {
                        declaration(id, "single", "float", List.of(number(blank.number())), Map.of());
                    } else if (blank.chosen()) {
                        List<String> correct = blank.accepted().stream().map(a -> optionId(blank, a)).toList();
                        java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();
                        correct.forEach(c -> mapping.put(c, "1"));
                        declaration(id, "single", "identifier", List.of(correct.getFirst()), mapping);
                    } else {
                        java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();
                        blank.accepted().forEach(a -> mapping.put(a, "1"));
                        declaration(id, "single", "string", List.of(blank.accepted().getFirst()), mapping);
                    }
                }
            }
            case SHORT_ANSWER, ESSAY -> declaration("RESPONSE", "single", "string", List.of(), Map.of());
        }
    }

    private void declaration(String id, String cardinality, String baseType, List<String> correct,
                             Map<String, String> mapping) {
        xml.append("<qti-response-declaration identifier=\"").append(id).append("\" cardinality=\"")
                .append(cardinality).append("\" base-type=\"").append(baseType).append("\">\n");
        if (!correct.isEmpty()) {
            xml.append("<qti-correct-response>");
            correct.forEach(v -> xml.append("<qti-value>").append(Entities.escape(v)).append("</qti-value>"));
            xml.append("</qti-correct-response>\n");
        }
        if (!mapping.isEmpty()) {
            xml.append("<qti-mapping default-value=\"0\"");
            if (baseType.equals("string")) {
                xml.append(" lower-bound=\"0\" upper-bound=\"1\"");
            }
            xml.append('>');
            mapping.forEach((k, v) -> xml.append("<qti-map-entry map-key=\"").append(attribute(k))
                    .append("\" mapped-value=\"").append(v).append(baseType.equals("string")
                            ? "\" case-sensitive=\"false\"/>" : "\"/>"));
            xml.append("</qti-mapping>\n");
        }
        xml.append("</qti-response-declaration>\n");
    }

    private void body(ItemContent item) {
        switch (item.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
                xml.append("<qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"false\" max-choices=\"")
                        .append(item.kind() == ItemType.MULTIPLE_CHOICE ? 0 : 1).append("\">\n");
                choices("qti-simple-choice", item.choices(), null);
                xml.append("</qti-choice-interaction>\n");
            }
            case ORDERING -> {
                xml.append("<qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"false\">\n");
                choices("qti-simple-choice", item.choices(), null);
                xml.append("</qti-order-interaction>\n");
            }
            case MATCHING -> {
                xml.append("<qti-match-interaction response-identifier=\"RESPONSE\" shuffle=\"false\" max-associations=\"")
                        .append(item.choices().size()).append("\">\n<qti-simple-match-set>\n");
                choices("qti-simple-associable-choice", item.choices(), "1");
                xml.append("</qti-simple-match-set>\n<qti-simple-match-set>\n");
                choices("qti-simple-associable-choice", item.targets(), String.valueOf(item.choices().size()));
                xml.append("</qti-simple-match-set>\n</qti-match-interaction>\n");
            }
            case FILL_BLANK -> {
                xml.append("<p class=\"educloud-blanks\">");
                for (int i = 0; i < item.blanks().size(); i++) {
                    ItemContent.Blank blank = item.blanks().get(i);
                    xml.append(i == 0 ? "" : " ");
                    if (blank.chosen()) {
                        xml.append("<qti-inline-choice-interaction response-identifier=\"").append(blankId(item, i))
                                .append("\" shuffle=\"false\">");
                        for (String option : blank.options()) {
                            xml.append("<qti-inline-choice identifier=\"").append(optionId(blank, option)).append("\">")
                                    .append(Entities.escape(option)).append("</qti-inline-choice>");
                        }
                        xml.append("</qti-inline-choice-interaction>");
                    } else {
                        xml.append("<qti-text-entry-interaction response-identifier=\"").append(blankId(item, i))
                                .append("\"/>");
                    }
                }
                xml.append("</p>\n");
            }
            case SHORT_ANSWER, ESSAY -> {
                rubric("reference", item.reference());
                rubric("rubric", item.rubric());
                xml.append("<qti-extended-text-interaction response-identifier=\"RESPONSE\" expected-lines=\"")
                        .append(item.kind() == ItemType.ESSAY ? ESSAY_LINES : SHORT_LINES).append("\"/>\n");
            }
        }
    }

    private void rubric(String kind, String html) {
        if (!html.isEmpty()) {
            xml.append("<qti-rubric-block use=\"scoring\" view=\"scorer\" class=\"").append(kind)
                    .append("\"><qti-content-body>").append(xhtml(html)).append("</qti-content-body></qti-rubric-block>\n");
        }
    }

    private void choices(String element, List<ItemContent.Choice> choices, @Nullable String matchMax) {
        for (ItemContent.Choice choice : choices) {
            xml.append('<').append(element).append(" identifier=\"").append(attribute(choice.id())).append('"');
            if (matchMax != null) {
                xml.append(" match-max=\"").append(matchMax).append('"');
            }
            xml.append('>').append(xhtml(choice.html())).append("</").append(element).append(">\n");
        }
    }

    private void processing(ItemContent item) {
        switch (item.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE, ORDERING -> template(MATCH_CORRECT);
            case MULTIPLE_CHOICE -> partOfTheKeyEarnsHalf();
            case MATCHING -> template(MAP_RESPONSE);
            case FILL_BLANK -> {
                if (item.blanks().size() == 1 && item.blanks().getFirst().number() == null) {
                    template(MAP_RESPONSE);
                } else {
                    blanksProcessing(item);
                }
            }
            case SHORT_ANSWER, ESSAY -> { }
        }
    }

    private void template(String template) {
        xml.append("<qti-response-processing template=\"").append(template).append("\"/>\n");
    }

    /**
     * 多选题 as this platform marks it: the whole key earns 1; some of the key and nothing else earns half; anything
     * else 0. {@code match_correct} would give the half-right answer nothing in every other reader.
     */
    private void partOfTheKeyEarnsHalf() {
        xml.append("""
                <qti-response-processing>
                <qti-response-condition>
                <qti-response-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/>\
                </qti-match><qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value>\
                </qti-set-outcome-value></qti-response-if>
                <qti-response-else-if><qti-and><qti-not><qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>\
                </qti-not><qti-contains><qti-correct identifier="RESPONSE"/><qti-variable identifier="RESPONSE"/>\
                </qti-contains></qti-and><qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0.5\
                </qti-base-value></qti-set-outcome-value></qti-response-else-if>
                <qti-response-else><qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0\
                </qti-base-value></qti-set-outcome-value></qti-response-else>
                </qti-response-condition>
                </qti-response-processing>
                """);
    }

    /** Each blank adds its share to SCORE: a text through its mapping, a number within its tolerance. */
    private void blanksProcessing(ItemContent item) {
        String share = number(1.0 / item.blanks().size());
        xml.append("<qti-response-processing>\n<qti-set-outcome-value identifier=\"SCORE\">"
                + "<qti-base-value base-type=\"float\">0</qti-base-value></qti-set-outcome-value>\n");
        for (int i = 0; i < item.blanks().size(); i++) {
            ItemContent.Blank blank = item.blanks().get(i);
            String id = blankId(item, i);
            xml.append("<qti-response-condition><qti-response-if>");
            if (blank.number() != null) {
                xml.append(blank.tolerance() > 0
                                ? "<qti-equal tolerance-mode=\"absolute\" tolerance=\"" + number(blank.tolerance()) + " "
                                + number(blank.tolerance()) + "\">" : "<qti-equal tolerance-mode=\"exact\">")
                        .append("<qti-variable identifier=\"").append(id).append("\"/><qti-correct identifier=\"")
                        .append(id).append("\"/></qti-equal>");
            } else {
                xml.append("<qti-gt><qti-map-response identifier=\"").append(id)
                        .append("\"/><qti-base-value base-type=\"float\">0</qti-base-value></qti-gt>");
            }
            xml.append("<qti-set-outcome-value identifier=\"SCORE\"><qti-sum><qti-variable identifier=\"SCORE\"/>"
                    + "<qti-base-value base-type=\"float\">").append(share)
                    .append("</qti-base-value></qti-sum></qti-set-outcome-value></qti-response-if></qti-response-condition>\n");
        }
        xml.append("</qti-response-processing>\n");
    }

    /** The identifier of a gap's option in the export: its place in the list (O1, O2, …). */
    private static String optionId(ItemContent.Blank blank, String option) {
        return "O" + (blank.options().indexOf(option) + 1);
    }

    private static String blankId(ItemContent item, int index) {
        return item.blanks().size() == 1 ? "RESPONSE" : "RESPONSE_" + (index + 1);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String title(ItemContent item) {
        String plain = ItemMarkup.plain(item.stem());
        return plain.length() > 60 ? plain.substring(0, 60) + "…" : plain;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Item HTML as well-formed XHTML in the item's namespace; MathML in its own; pictures as package paths. */
    private String xhtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element img : new ArrayList<>(doc.select("img"))) {
            String src = img.attr("src");
            String id = src.startsWith(ItemMarkup.MEDIA_PATH) ? src.substring(ItemMarkup.MEDIA_PATH.length()) : "";
            String path = id.matches("\\d{1,18}") ? mediaFile.apply(Long.parseLong(id)) : null;
            if (path == null) {
                img.remove();
            } else {
                media.add(Long.parseLong(id));
                img.attr("src", "../" + path);
                if (!img.hasAttr("alt")) {
                    img.attr("alt", "");
                }
            }
        }
        for (Element math : doc.select("math")) {
            math.attr("xmlns", Qti.MATHML);
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        return doc.body().html();
    }
}

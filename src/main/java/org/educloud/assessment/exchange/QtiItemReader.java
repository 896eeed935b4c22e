package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.assessment.items.ItemRules;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.exchange.QtiDeclarations.Declaration;
import org.educloud.shared.tabular.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One QTI item file (2.x {@code assessmentItem} or 3.0 {@code qti-assessment-item}) as an item of the bank:
 * <ul>
 *   <li>{@code choiceInteraction}: single choice when at most one may be chosen (true/false when its two options
 *       say so: 对/错, 正确/错误, √/×, True/False), else multiple choice; the correct response (or, failing it, the
 *       positively mapped choices) is the key;</li>
 *   <li>one or more {@code textEntryInteraction}s: fill-in-the-blank, one blank each, accepting the correct
 *       response and every positively mapped text; a float or integer response is a number, with the absolute
 *       tolerance of an {@code equal} in the response processing;</li>
 *   <li>{@code matchInteraction}, and {@code associateInteraction} with directed pairs: matching;</li>
 *   <li>{@code orderInteraction}: ordering; {@code extendedTextInteraction}: short answer up to 5 expected lines,
 *       else essay, with a scorer's rubric block as rubric (its {@code reference} class as reference answer);</li>
 *   <li>{@code inlineChoiceInteraction}s and the gaps of a {@code gapMatchInteraction}: fill-in-the-blank whose gaps
 *       are chosen from a list (the inline choices; every gap text of the gap match), mixed in document order with
 *       text entries of the same body;</li>
 *   <li>{@code hottextInteraction}: single or multiple choice over the marked words, which stay in the passage
 *       underlined and lettered A, B, … as the options are;</li>
 *   <li>{@code hotspotInteraction}: single or multiple choice over the areas, which are drawn and lettered on a copy
 *       of the package's picture ({@link HotspotPicture}) that the stem shows.</li>
 * </ul>
 * A body with interactions of different kinds (a composite item) becomes one item per part, titled "(1/2)", …:
 * its gaps together, every other interaction on its own, each with the whole body as its stem. Every other
 * interaction is a problem naming it and where it is in the file.
 * Modal or block feedback whose identifier says it is the solution becomes the explanation (解析); other feedback
 * ("correct!", "try again") is left out. Metadata (LOM, curriculum standards) is not read: the import's defaults
 * say where items belong. Gaps ({@link QtiGaps}), lettered choices ({@link QtiLettered}) and ordering or matching
 * ({@link QtiArrangements}) are read by helpers of their own, which report into this reader's problems; the stem
 * (the body without its interactions) is cut by {@link QtiStem}.
 */
final class QtiItemReader {

    static final int SHORT_ANSWER_LINES = 5;
    static final int MAX_ID = 40;
    /** Interactions one item file may hold, gaps included: counted before any of them is read. */
    static final int MAX_INTERACTIONS = 100;
    /** Items one item file may become (its gaps together are one): each takes a copy of the whole body. */
    static final int MAX_PARTS = 20;

    private static final Set<String> SUPPORTED = Set.of("choiceInteraction", "textEntryInteraction",
            "matchInteraction", "associateInteraction", "orderInteraction", "extendedTextInteraction",
            "inlineChoiceInteraction", "gapMatchInteraction", "hottextInteraction", "hotspotInteraction");
    /** Interactions that are gaps in the text: together they are one fill-in-the-blank item. */
    private static final Set<String> GAPS = Set.of("textEntryInteraction", "inlineChoiceInteraction",
            "gapMatchInteraction");
    private static final Pattern SOLUTION = Pattern.compile("(?i).*(solution|explanation|worked|解析|答案).*");
    private static final Pattern TRUE = Pattern.compile("(?i)^(对|正确|√|✓|true|t|yes|是)$");
    private static final Pattern FALSE = Pattern.compile("(?i)^(错|错误|×|✗|false|f|no|否)$");

    /** An item read from a file, its HTML still pointing at placeholders for the package's images. */
    record Read(String file, String title, ItemContent content) {
    }

    final String file;
    private final List<ImportProblem> problems;
    final BodyHtml html;
    final PackageMedia media;
    final HotspotPictures hotspots;
    private final int before;
    private final QtiGaps gaps;
    private final QtiLettered lettered;
    private final QtiArrangements arrangements;
    private final QtiStem stems;

    QtiItemReader(String file, PackageMedia media, HotspotPictures hotspots, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.media = media;
        this.hotspots = hotspots;
        this.html = new BodyHtml(file, media, problems);
        this.before = problems.size();
        this.gaps = new QtiGaps(this);
        this.lettered = new QtiLettered(this);
        this.arrangements = new QtiArrangements(this);
        this.stems = new QtiStem(html);
    }

    /**
     * The item, or its parts when the body holds interactions of several kinds; empty after a problem. The
     * interactions are counted before any is read: more than {@link #MAX_INTERACTIONS}, more parts than
     * {@link #MAX_PARTS} or than the {@code room} the package has left for items is a problem naming the limit.
     */
    List<Read> read(Document document, int room) {
        Element root = document.getDocumentElement();
        if (!Qti.name(root).equals("assessmentItem") || !Qti.ITEM_NAMESPACES.contains(root.getNamespaceURI())) {
            problem(Qti.name(root), "assessment.exchange.notQtiItem", file);
            return List.of();
        }
        Element body = Qti.child(root, "itemBody");
        if (body == null) {
            problem("itemBody", "assessment.exchange.noBody", file);
            return List.of();
        }
        Map<String, Declaration> declarations = QtiDeclarations.of(root);
        List<Element> gaps = new ArrayList<>();
        List<Element> others = new ArrayList<>();
        List<Element> unsupported = new ArrayList<>();
        for (Element e : Qti.elements(body)) {
            String name = Qti.name(e);
            if (name.endsWith("Interaction")) {
                (!SUPPORTED.contains(name) ? unsupported : GAPS.contains(name) ? gaps : others).add(e);
            }
        }
        if (!withinLimits(gaps.size() + others.size() + unsupported.size(),
                (gaps.isEmpty() ? 0 : 1) + others.size(), room)) {
            return List.of();
        }
        for (Element e : unsupported) {
            String where = Qti.location(e);
            problem(where, "assessment.exchange.unsupportedInteraction", e.getLocalName(), file, where);
        }
        if (problems.size() > before) {
            return List.of();
        }
        if (gaps.isEmpty() && others.isEmpty()) {
            problem("itemBody", "assessment.exchange.noInteraction", file);
            return List.of();
        }
        List<ItemContent> parts = new ArrayList<>();
        if (!gaps.isEmpty()) {
            parts.add(blanks(root, body, gaps, declarations));
        }
        for (Element interaction : others) {
            parts.add(single(body, interaction, declarations));
        }
        if (parts.contains(null) || problems.size() > before) {
            return List.of();
        }
        String title = Qti.attr(root, "title");
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ItemContent content = checked(withFeedback(root, body, parts.get(i)));
            if (content != null) {
                read.add(new Read(file, parts.size() == 1 ? title
                        : title + "（" + (i + 1) + "/" + parts.size() + "）", content));
            }
        }
        return problems.size() > before ? List.of() : read;
    }

    private boolean withinLimits(int interactions, int parts, int room) {
        if (interactions > MAX_INTERACTIONS) {
            problem("itemBody", "assessment.exchange.tooManyInteractions", file, String.valueOf(interactions),
                    String.valueOf(MAX_INTERACTIONS));
        } else if (parts > MAX_PARTS) {
            problem("itemBody", "assessment.exchange.tooManyParts", file, String.valueOf(parts),
                    String.valueOf(MAX_PARTS));
        } else if (parts > room) {
            problem("itemBody", QtiImport.TOO_MANY_ITEMS, String.valueOf(QtiImport.MAX_ITEMS));
        }
        return problems.size() == before;
    }

    private @Nullable ItemContent checked(ItemContent content) {
        int already = problems.size();
        List<ItemContent.Choice> all = new ArrayList<>(content.choices());
        all.addAll(content.targets());
        for (ItemContent.Choice choice : all) {
            // an answer names its choices by id, and answers are bounded (Response.withinBounds)
            if (choice.id().isEmpty() || choice.id().length() > MAX_ID) {
                problem("identifier", "assessment.exchange.identifier", file, choice.id());
            }
        }
        for (ItemRules.Broken broken : ItemRules.check(content)) {
            problems.add(new ImportProblem(0, file, broken.field(), broken.messageKey(),
                    broken.arguments().stream().map(String::valueOf).toList()));
        }
        return problems.size() > already ? null : content;
    }

    private @Nullable ItemContent single(Element body, Element interaction, Map<String, Declaration> declarations) {
        String name = Qti.name(interaction);
        Declaration declaration = declarations.get(Qti.attr(interaction, "responseIdentifier"));
        String stem = stems.of(body, interaction);
        return switch (name) {
            case "choiceInteraction" -> choice(interaction, declaration, stem);
            case "hottextInteraction" -> lettered.hottext(body, interaction, declaration, stem);
            case "hotspotInteraction" -> lettered.hotspot(interaction, declaration, stem);
            case "orderInteraction" -> arrangements.ordering(interaction, declaration, stem);
            case "matchInteraction", "associateInteraction" -> arrangements.matching(interaction, declaration, stem);
            default -> extendedText(body, interaction, declaration, stem);
        };
    }

    private @Nullable ItemContent choice(Element interaction, @Nullable Declaration declaration, String stem) {
        List<ItemContent.Choice> choices = choices(interaction, "simpleChoice");
        List<String> key = keyOf(interaction, declaration);
        if (key == null) {
            return null;
        }
        String max = Qti.attr(interaction, "maxChoices");
        boolean one = max.isEmpty() ? declaration == null || !"multiple".equals(declaration.cardinality())
                : max.equals("1");
        ItemType type = !one ? ItemType.MULTIPLE_CHOICE : trueFalse(choices) ? ItemType.TRUE_FALSE
                : ItemType.SINGLE_CHOICE;
        return content(type, stem, choices, List.of(), key, Map.of(), List.of());
    }

    private static boolean trueFalse(List<ItemContent.Choice> choices) {
        if (choices.size() != 2) {
            return false;
        }
        String first = ItemMarkup.plain(choices.get(0).html());
        String second = ItemMarkup.plain(choices.get(1).html());
        return TRUE.matcher(first).matches() && FALSE.matcher(second).matches()
                || FALSE.matcher(first).matches() && TRUE.matcher(second).matches();
    }

    private @Nullable ItemContent extendedText(Element body, Element interaction, @Nullable Declaration declaration,
                                               String stem) {
        String lines = Qti.attr(interaction, "expectedLines");
        boolean brief = lines.matches("\\d{1,4}") && Integer.parseInt(lines) <= SHORT_ANSWER_LINES;
        String reference = "";
        String rubric = "";
        for (Element block : Qti.descendants(body, "rubricBlock")) {
            if (!Qti.lower(Qti.attr(block, "view")).contains("scorer")) {
                continue;
            }
            if (Qti.lower(block.getAttribute("class")).contains("reference")) {
                reference = html.of(block);
            } else {
                rubric = html.of(block);
            }
        }
        if (reference.isEmpty() && declaration != null && !declaration.correct().isEmpty()) {
            reference = ItemMarkup.sanitised(String.join("\n", declaration.correct()));
        }
        ItemContent base = content(brief ? ItemType.SHORT_ANSWER : ItemType.ESSAY, stem, List.of(), List.of(),
                List.of(), Map.of(), List.of());
        return new ItemContent(base.type(), base.stem(), List.of(), List.of(), List.of(), Map.of(), List.of(), "",
                reference, rubric);
    }

    private @Nullable ItemContent blanks(Element root, Element body, List<Element> entries,
                                         Map<String, Declaration> declarations) {
        Map<String, Double> tolerances = QtiDeclarations.tolerances(root);
        List<ItemContent.Blank> blanks = new ArrayList<>();
        for (Element entry : entries) {
            String identifier = Qti.attr(entry, "responseIdentifier");
            Declaration declaration = declarations.get(identifier);
            if (declaration == null) {
                problem(Qti.name(entry), "assessment.exchange.noDeclaration", file, identifier);
                return null;
            }
            List<ItemContent.Blank> read = switch (Qti.name(entry)) {
                case "inlineChoiceInteraction" -> gaps.inlineChoice(entry, declaration);
                case "gapMatchInteraction" -> gaps.gapMatch(entry, declaration);
                default -> gaps.textEntry(entry, declaration, tolerances.getOrDefault(identifier, 0.0));
            };
            if (read == null) {
                return null;
            }
            blanks.addAll(read);
        }
        return content(ItemType.FILL_BLANK, stems.of(body, null), List.of(), List.of(), List.of(), Map.of(), blanks);
    }

    private ItemContent withFeedback(Element root, Element body, ItemContent content) {
        List<Element> feedback = new ArrayList<>(Qti.children(root, "modalFeedback"));
        feedback.addAll(Qti.descendants(body, "feedbackBlock"));
        for (Element f : feedback) {
            String said = Qti.attr(f, "identifier") + " " + Qti.attr(f, "outcomeIdentifier") + " " + f.getAttribute("class");
            if (SOLUTION.matcher(said).matches() && !"hide".equals(Qti.attr(f, "showHide"))) {
                return new ItemContent(content.type(), content.stem(), content.choices(), content.targets(),
                        content.key(), content.pairs(), content.blanks(), html.of(f), content.reference(),
                        content.rubric());
            }
        }
        return content;
    }

    @Nullable List<String> keyOf(Element interaction, @Nullable Declaration declaration) {
        if (declaration == null) {
            problem(Qti.name(interaction), "assessment.exchange.noDeclaration", file,
                    Qti.attr(interaction, "responseIdentifier"));
            return null;
        }
        List<String> key = new ArrayList<>(declaration.correct());
        if (key.isEmpty()) {
            declaration.mapping().forEach((k, v) -> {
                if (v > 0) {
                    key.add(k);
                }
            });
        }
        if (key.isEmpty()) {
            problem(Qti.name(interaction), "assessment.exchange.noCorrectResponse", file, Qti.name(interaction));
            return null;
        }
        return key;
    }

    List<ItemContent.Choice> choices(Element parent, String name) {
        List<ItemContent.Choice> choices = new ArrayList<>();
        for (Element choice : Qti.children(parent, name)) {
            Element copy = (Element) choice.cloneNode(true);
            for (Element inline : Qti.elements(copy)) {
                if (Qti.name(inline).equals("feedbackInline") && inline.getParentNode() != null) {
                    inline.getParentNode().removeChild(inline);
                }
            }
            choices.add(new ItemContent.Choice(Qti.attr(choice, "identifier"), html.of(copy)));
        }
        return choices;
    }

    static ItemContent content(ItemType type, String stem, List<ItemContent.Choice> choices,
                                       List<ItemContent.Choice> targets, List<String> key, Map<String, String> pairs,
                                       List<ItemContent.Blank> blanks) {
        return new ItemContent(type, stem, choices, targets, key, pairs, blanks, "", "", "");
    }

    void problem(String where, String messageKey, String... arguments) {
        problems.add(new ImportProblem(0, file, where, messageKey, List.of(arguments)));
    }
}

package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The stem of an item read from QTI: a copy of the item body without its interactions, feedback, rubric and
 * template blocks. Text entries and gaps are left as "____" to fill; a gap match's or hottext's passage stays with
 * its word bank taken out and its prompt as a paragraph; marked words are underlined and lettered as the options
 * are. An interaction's own prompt follows the body.
 */
final class QtiStem {

    private final BodyHtml html;

    QtiStem(BodyHtml html) {
        this.html = html;
    }

    /** The item body without its interactions: the stem, with each text entry left as a gap to fill. */
    String of(Element body, @Nullable Element interaction) {
        Element copy = (Element) body.cloneNode(true);
        int hottexts = 0;
        for (Element e : Qti.elements(copy)) {
            String name = Qti.name(e);
            if (e.getParentNode() == null) {
                continue;
            }
            if (Set.of("textEntryInteraction", "inlineChoiceInteraction", "gap").contains(name)) {
                e.getParentNode().replaceChild(copy.getOwnerDocument().createTextNode("____"), e);
            } else if (Set.of("gapMatchInteraction", "hottextInteraction").contains(name)) {
                // the passage is the stem; its word bank goes, its prompt stays where it was
                for (Element part : Qti.children(e, "gapText")) {
                    e.removeChild(part);
                }
                unwrap(e);
            } else if (name.equals("hottext")) {
                Element marked = copy.getOwnerDocument().createElementNS(copy.getNamespaceURI(), "u");
                while (e.getFirstChild() != null) {
                    marked.appendChild(e.getFirstChild());
                }
                e.getParentNode().insertBefore(marked, e);
                e.getParentNode().replaceChild(copy.getOwnerDocument().createTextNode(
                        "（" + QtiLettered.letter(hottexts++) + "）"), e);
            } else if (name.endsWith("Interaction") || Set.of("rubricBlock", "feedbackBlock", "feedbackInline",
                    "modalFeedback", "templateBlock", "templateInline").contains(name)) {
                e.getParentNode().removeChild(e);
            }
        }
        for (Element e : Qti.elements(copy)) {
            // the paragraph this platform's export puts its gaps in holds nothing else: it goes with them
            if (Qti.lower(e.getAttribute("class")).contains("educloud-blanks") && e.getParentNode() != null) {
                e.getParentNode().removeChild(e);
            }
        }
        StringBuilder stem = new StringBuilder();
        Element wrapper = null;
        for (Element e : Qti.children(copy, "div")) {
            if (Qti.lower(e.getAttribute("class")).contains("educloud-stem")) {
                wrapper = e;
            }
        }
        stem.append(html.raw(wrapper != null ? wrapper : copy));
        boolean unwrapped = interaction != null
                && Set.of("gapMatchInteraction", "hottextInteraction").contains(Qti.name(interaction));
        if (interaction != null && !unwrapped) {
            Element prompt = Qti.child(interaction, "prompt");
            if (prompt != null) {
                stem.append("<p>").append(html.raw(prompt)).append("</p>");
            }
        }
        return BodyHtml.clean(stem.toString());
    }

    /** Puts the children of {@code element} in its place; a prompt becomes a paragraph of the stem. */
    private static void unwrap(Element element) {
        Node parent = element.getParentNode();
        List<Node> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n);
        }
        for (Node child : children) {
            Node moved = child;
            if (child instanceof Element e && Qti.name(e).equals("prompt")) {
                Element paragraph = element.getOwnerDocument().createElementNS(element.getNamespaceURI(), "p");
                while (e.getFirstChild() != null) {
                    paragraph.appendChild(e.getFirstChild());
                }
                moved = paragraph;
            }
            parent.insertBefore(moved, element);
        }
        parent.removeChild(element);
    }
}

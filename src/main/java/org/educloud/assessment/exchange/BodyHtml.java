package org.educloud.assessment.exchange;

import java.util.List;
import java.util.Set;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.shared.tabular.ImportProblem;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes the XHTML (and MathML) of an item's body, choices and feedback as the HTML an item holds. Images the
 * package carries ({@code img src}, or the {@code object data} QTI 2.1 used for pictures) are resolved against the
 * item file and stand, until they are stored, as a placeholder address under the bank's media path; an image the
 * package does not contain is a problem naming the item file and the missing path. What is left is sanitised by
 * {@link ItemMarkup} like any item text, so scripts and event handlers are gone.
 */
final class BodyHtml {

    /** Elements dropped with all they hold: never content, whatever the sanitiser would make of them. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "embed", "applet", "frame",
            "frameset", "link", "meta", "base", "form", "input", "textarea", "button", "select");

    private final String file;
    private final PackageMedia media;
    private final List<ImportProblem> problems;

    BodyHtml(String file, PackageMedia media, List<ImportProblem> problems) {
        this.file = file;
        this.media = media;
        this.problems = problems;
    }

    /** The children of {@code element}, as sanitised item HTML. */
    String of(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        return clean(out.toString());
    }

    /**
     * Sanitised item HTML from HTML this class wrote. {@link ItemMarkup} takes markup without any element for plain
     * text and escapes it; text written here is escaped already, so it goes in as the text it stands for.
     */
    static String clean(String html) {
        var fragment = org.jsoup.Jsoup.parseBodyFragment(html).body();
        return ItemMarkup.sanitised(fragment.children().isEmpty() ? fragment.wholeText() : html);
    }

    /** The children of {@code element} before sanitising, for a caller that puts parts together first. */
    String raw(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        return out.toString();
    }

    private void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(Entities.escape(node.getNodeValue()));
            case Node.ELEMENT_NODE -> element((Element) node, out);
            default -> { }
        }
    }

    private void element(Element e, StringBuilder out) {
        String name = Qti.lower(Qti.name(e));
        if (DROPPED.contains(name)) {
            return;
        }
        if (name.equals("img") || name.equals("object") && Qti.lower(e.getAttribute("type")).startsWith("image/")) {
            image(e, name.equals("img") ? e.getAttribute("src") : e.getAttribute("data"), out);
            return;
        }
        boolean mathml = Qti.MATHML.equals(e.getNamespaceURI());
        boolean qtiOnly = !mathml && e.getLocalName() != null && e.getLocalName().startsWith("qti-");
        if (qtiOnly || name.equals("object")) {
            // a QTI element with no HTML meaning here (a printed variable, a template block): keep its content
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                write(n, out);
            }
            return;
        }
        String tag = mathml ? e.getLocalName() : name;
        out.append('<').append(tag);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attribute = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (a.getName().startsWith("xmlns") || "http://www.w3.org/XML/1998/namespace".equals(a.getNamespaceURI())) {
                continue;
            }
            out.append(' ').append(attribute).append("=\"").append(Entities.escape(a.getValue())).append('"');
        }
        out.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        out.append("</").append(tag).append('>');
    }

    private void image(Element e, String reference, StringBuilder out) {
        String path = PackageFiles.resolve(file, reference);
        if (path == null || !media.exists(path)) {
            problems.add(new ImportProblem(0, file, reference, "assessment.exchange.mediaMissing",
                    List.of(file, reference)));
            return;
        }
        out.append("<img src=\"").append(media.placeholder(path)).append('"');
        String alt = e.getAttribute("alt");
        if (!alt.isBlank()) {
            out.append(" alt=\"").append(Entities.escape(alt)).append('"');
        }
        for (String size : List.of("width", "height")) {
            if (e.getAttribute(size).matches("\\d{1,4}")) {
                out.append(' ').append(size).append("=\"").append(e.getAttribute(size)).append('"');
            }
        }
        out.append('>');
    }
}

package org.educloud.assessment.items;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The HTML an item may hold: the library's formatting allow-list plus MathML (formulas from QTI packages and
 * editors) and images, but only images the bank itself stores (under {@value #MEDIA_PATH}), so an item can never
 * make a student's browser fetch a third-party address. LaTeX needs nothing here: it is text between
 * {@code \( \)} or {@code \[ \]} that the page renders with KaTeX.
 */
public final class ItemMarkup {

    public static final String MEDIA_PATH = "/assessment/media/";

    private static final String[] MATHML = {"math", "mrow", "mi", "mo", "mn", "ms", "mtext", "mspace", "msup", "msub",
            "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle",
            "mfenced", "menclose", "mpadded", "mphantom", "semantics", "annotation"};

    private static final Safelist ALLOWED = allowed();

    private ItemMarkup() {
    }

    private static Safelist allowed() {
        Safelist list = Safelist.relaxed().addTags("sub", "sup", "u", "s").addTags(MATHML)
                .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "nofollow noopener")
                .addAttributes("img", "src", "alt", "width", "height")
                // img src is checked below against the bank's own media path instead of by protocol
                .removeProtocols("img", "src", "http", "https")
                .addAttributes("math", "display", "xmlns")
                .addAttributes("mo", "stretchy", "fence", "separator", "form")
                .addAttributes("mi", "mathvariant").addAttributes("mn", "mathvariant")
                .addAttributes("mfenced", "open", "close", "separators")
                .addAttributes("menclose", "notation")
                .addAttributes("mtd", "columnspan", "rowspan", "columnalign")
                .addAttributes("annotation", "encoding")
                .addAttributes("mstyle", "displaystyle", "scriptlevel");
        return list;
    }

    /** The stored form of item text: cleaned to the allow-list; plain text keeps its line breaks. */
    public static String sanitised(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String input = html.strip().replace("\r\n", "\n");
        if (Jsoup.parseBodyFragment(input).body().children().isEmpty()) {
            input = org.jsoup.nodes.Entities.escape(input).replace("\n", "<br>");
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(input, "", ALLOWED, output);
        Document doc = Jsoup.parseBodyFragment(cleaned);
        doc.outputSettings(output);
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (!src.startsWith(MEDIA_PATH) || src.contains("..") || src.contains("//")) {
                img.remove();
            }
        }
        return doc.body().html().strip();
    }

    /** The words of item text without markup, for search and for the import's duplicate check. */
    public static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}

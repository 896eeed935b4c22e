package org.educloud.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * User-written HTML reduced to an allow-list of formatting (paragraphs, lists, emphasis, links, tables); scripts,
 * event handlers, styles and foreign protocols are dropped. Applied when text is stored, so every reader gets the
 * same safe markup.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "nofollow noopener");

    private RichText() {
    }

    /**
     * The stored form of what someone wrote. Markup is cleaned to the allow-list; text without any markup (what a
     * plain text box sends) keeps its paragraphs and line breaks, which HTML would otherwise run together.
     */
    public static String sanitised(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String input = html.strip().replace("\r\n", "\n");
        if (input.indexOf('\n') >= 0 && Jsoup.parseBodyFragment(input).body().children().isEmpty()) {
            StringBuilder paragraphs = new StringBuilder();
            for (String paragraph : PARAGRAPH_BREAK.split(input)) {
                paragraphs.append("<p>").append(Entities.escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
            return Jsoup.clean(paragraphs.toString(), "", ALLOWED, output).strip();
        }
        return Jsoup.clean(input, "", ALLOWED, output).strip();
    }

    /**
     * Stored rich text as a plain text box shows it for editing: the words, with a blank line between paragraphs
     * and list items and a line break for each break, so nobody meets {@code <p>} tags in a form. Saving it again
     * through {@link #sanitised} gives the same paragraphs back (emphasis and links, which a plain box cannot show,
     * are not kept).
     */
    public static String editable(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        // wholeText() already says a <br> as a line break; blocks get a blank line after them
        body.select("p, li, div, h1, h2, h3, h4, h5, h6, tr, blockquote, pre")
                .forEach(block -> block.after(new TextNode("\n\n")));
        return EXTRA_BLANK_LINES.matcher(body.wholeText().replace("\u00a0", " ")).replaceAll("\n\n").strip();
    }

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n\\s*\\n");
    private static final java.util.regex.Pattern EXTRA_BLANK_LINES = java.util.regex.Pattern.compile("\\n[ \\t]*\\n\\s*");
}

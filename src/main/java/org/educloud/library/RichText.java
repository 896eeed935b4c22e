package org.educloud.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    public static String sanitised(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output).strip();
    }
}

package org.educloud.maintenance;

import java.util.List;

/** A fix to file in the knowledge base: the fix's steps may be HTML, which is sanitised before it is kept. */
public record NewArticle(ArticleKind kind, String title, String symptom, String fixHtml, List<String> tags) {

    public NewArticle {
        tags = List.copyOf(tags);
    }
}

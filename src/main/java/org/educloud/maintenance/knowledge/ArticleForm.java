package org.educloud.maintenance.knowledge;

import java.util.List;
import org.educloud.library.RichText;
import org.educloud.maintenance.ArticleKind;
import org.educloud.maintenance.NewArticle;
import org.jspecify.annotations.Nullable;

/** The article form as posted; the fix's box takes plain text with blank lines between steps, or HTML. */
record ArticleForm(@Nullable ArticleKind kind, @Nullable String title, @Nullable String symptom,
                   @Nullable String fix, @Nullable String tags) {

    static ArticleForm blank() {
        return new ArticleForm(ArticleKind.NETWORK, "", "", "", "");
    }

    static ArticleForm of(ArticleView article) {
        return new ArticleForm(article.kind(), article.title(), article.symptom(), RichText.editable(article.fixHtml()),
                String.join(" ", article.tags()));
    }

    NewArticle article() {
        return new NewArticle(kind == null ? ArticleKind.NETWORK : kind, title == null ? "" : title,
                symptom == null ? "" : symptom, fix == null ? "" : fix, List.of(tags == null ? "" : tags));
    }
}

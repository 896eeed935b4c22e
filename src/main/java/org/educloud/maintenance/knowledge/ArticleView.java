package org.educloud.maintenance.knowledge;

import java.time.Instant;
import java.util.List;
import org.educloud.maintenance.ArticleKind;

/** An article as its pages show it; the fix is sanitised HTML, safe to render as markup. */
public record ArticleView(long id, long ownerId, String ownerPath, ArticleKind kind, String title, String symptom,
                          String fixHtml, List<String> tags, String authorName, Instant updatedAt, int version) {
}

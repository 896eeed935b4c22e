package org.educloud.maintenance.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.educloud.maintenance.ArticleKind;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One fix in the knowledge base, filed at a bureau. Its text fields are indexed with the platform's Chinese analysis
 * (smartcn words, then CJK bigrams, markup stripped: the analyzer the library registers under
 * {@value #TEXT_ANALYZER}) and searched as bigrams ({@value #QUERY_ANALYZER}), so a search for a word inside a longer
 * phrase, which the word segmenter split otherwise, still finds the article.
 */
@Entity
@Table(schema = "maintenance", name = "knowledge_article")
@Indexed(index = "maintenance-knowledge")
class KnowledgeArticle {

    static final String TEXT_ANALYZER = "words_then_bigrams_html";
    static final String QUERY_ANALYZER = "bigrams_query";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long ownerId;
    @KeywordField
    private String ownerPath;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleKind kind;
    @FullTextField(analyzer = TEXT_ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private String title;
    @FullTextField(analyzer = TEXT_ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private String symptom;
    @FullTextField(analyzer = TEXT_ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private String fixHtml;
    /** Tags joined by spaces: the index reads them as words, the page splits them again. */
    @FullTextField(analyzer = TEXT_ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private String tags = "";
    private long authorAccount;
    private String authorName;
    private Instant createdAt;
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;
    @Version
    private int version;

    protected KnowledgeArticle() {
        // for JPA
    }

    KnowledgeArticle(long ownerId, String ownerPath, long authorAccount, String authorName, Instant now) {
        this.ownerId = ownerId;
        this.ownerPath = ownerPath;
        this.authorAccount = authorAccount;
        this.authorName = authorName;
        this.createdAt = now;
    }

    /** Takes the checked fields; the fix is already sanitised. */
    void describe(ArticleKind kind, String title, String symptom, String sanitisedFix, List<String> tags,
                  Instant now) {
        this.kind = kind;
        this.title = title;
        this.symptom = symptom;
        this.fixHtml = sanitisedFix;
        this.tags = String.join(" ", tags);
        this.updatedAt = now;
    }

    ArticleView view() {
        return new ArticleView(id, ownerId, ownerPath, kind, title, symptom, fixHtml,
                tags.isBlank() ? List.of() : Arrays.asList(tags.split(" ")), authorName, updatedAt, version);
    }

    String ownerPath() {
        return ownerPath;
    }
}

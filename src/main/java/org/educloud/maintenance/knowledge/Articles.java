package org.educloud.maintenance.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.RichText;
import org.educloud.maintenance.ArticleKind;
import org.educloud.maintenance.KnowledgeBase;
import org.educloud.maintenance.NewArticle;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, finding and reading fixes, each within the caller's reach. */
@Service
@Transactional
public class Articles implements KnowledgeBase {

    static final int MAX_TITLE = 120;
    static final int MAX_SYMPTOM = 1000;
    static final int MAX_FIX = 20_000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 20;
    private static final Pattern TAG_SPLIT = Pattern.compile("[\\s,，、;；]+");

    private final KnowledgeArticles articles;
    private final KnowledgeIndex index;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final Clock clock;

    Articles(KnowledgeArticles articles, KnowledgeIndex index, TenancyManagement tenancy, IdentityManagement identity,
             Clock clock) {
        this.articles = articles;
        this.index = index;
        this.tenancy = tenancy;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageSlice<ArticleView> search(Scope scope, @Nullable String words, @Nullable ArticleKind kind, int page,
                                         int size) {
        KnowledgeReach reach = KnowledgeReach.of(scope);
        if (!reach.readsAnything()) {
            throw new ForbiddenException("maintenance.knowledge.error.noReach");
        }
        return index.search(reach, words, kind, page, size);
    }

    @Transactional(readOnly = true)
    public ArticleView find(Scope scope, long id) {
        KnowledgeReach reach = KnowledgeReach.of(scope);
        return articles.findById(id).filter(a -> reach.reads(a.ownerPath())).map(KnowledgeArticle::view)
                .orElseThrow(() -> new NotFoundException("maintenance.knowledge.error.notFound"));
    }

    public boolean writes(Scope scope, ArticleView article) {
        return KnowledgeReach.writes(scope, new OrgPath(article.ownerPath()));
    }

    @Override
    public long publish(Scope scope, OrgId bureau, NewArticle article) {
        OrgNodeView node = writableBureau(scope, bureau);
        KnowledgeArticle entity = new KnowledgeArticle(node.id().value(), node.path().value(),
                scope.userId().value(), nameOf(scope), clock.instant());
        describe(entity, article);
        articles.save(entity);
        index.changed();
        return entity.view().id();
    }

    public void revise(Scope scope, long id, int version, NewArticle article) {
        ArticleView current = find(scope, id);
        if (!writes(scope, current)) {
            throw new ForbiddenException("maintenance.knowledge.error.readOnly");
        }
        if (current.version() != version) {
            throw new ConflictException("", "maintenance.knowledge.error.changedMeanwhile");
        }
        KnowledgeArticle entity = articles.findById(id).orElseThrow();
        describe(entity, article);
        index.changed();
    }

    /** The bureaus (districts, regions) where the caller files articles. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> writableBureaus(Scope scope) {
        Map<OrgId, OrgNodeView> bureaus = new LinkedHashMap<>();
        if (scope.isOperator()) {
            tenancy.roots(scope).forEach(n -> bureaus.put(n.id(), n));
        }
        for (Scope.Grant grant : scope.grants()) {
            boolean writer = grant.role() == Role.OPERATIONS_STAFF || grant.role().administrative();
            if (writer && !grant.path().ids().isEmpty()) {
                tenancy.find(grant.path().ids().getLast()).filter(n -> !n.isSchool() && n.isActive())
                        .ifPresent(n -> bureaus.putIfAbsent(n.id(), n));
            }
        }
        return new ArrayList<>(bureaus.values());
    }

    private OrgNodeView writableBureau(Scope scope, OrgId bureau) {
        OrgNodeView node = tenancy.find(bureau).filter(n -> KnowledgeReach.of(scope).reads(n.path().value())
                        || KnowledgeReach.writes(scope, n.path()))
                .orElseThrow(() -> new NotFoundException("maintenance.knowledge.error.bureauNotFound"));
        if (node.isSchool() || !KnowledgeReach.writes(scope, node.path())) {
            throw new ForbiddenException("maintenance.knowledge.error.readOnly");
        }
        return node;
    }

    private void describe(KnowledgeArticle entity, NewArticle article) {
        String title = required("title", article.title(), MAX_TITLE);
        String symptom = required("symptom", article.symptom(), MAX_SYMPTOM);
        if (article.fixHtml() != null && article.fixHtml().length() > MAX_FIX) {
            throw new FieldRuleViolationException("fix", "maintenance.knowledge.error.tooLong", MAX_FIX);
        }
        String fix = RichText.sanitised(article.fixHtml());
        if (fix.isBlank()) {
            throw new FieldRuleViolationException("fix", "maintenance.knowledge.error.required");
        }
        entity.describe(article.kind(), title, symptom, fix, tags(article.tags()), clock.instant());
    }

    /** Tags as words: split on spaces and commas, without markup, each short, a few at most. */
    static List<String> tags(List<String> given) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String part : given) {
            for (String tag : TAG_SPLIT.split(part == null ? "" : part.strip())) {
                if (tag.isEmpty()) {
                    continue;
                }
                if (tag.length() > MAX_TAG || tag.indexOf('<') >= 0 || tag.indexOf('>') >= 0) {
                    throw new FieldRuleViolationException("tags", "maintenance.knowledge.error.tag", MAX_TAG);
                }
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new FieldRuleViolationException("tags", "maintenance.knowledge.error.tooManyTags", MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    private static String required(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new FieldRuleViolationException(field, "maintenance.knowledge.error.required");
        }
        if (text.length() > max) {
            throw new FieldRuleViolationException(field, "maintenance.knowledge.error.tooLong", max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new FieldRuleViolationException(field, "maintenance.knowledge.error.control");
        }
        return text;
    }

    private String nameOf(Scope scope) {
        // the installation itself (first-start seeding) has no account; asking identity for it would throw inside
        // the caller's transaction and mark it rollback-only
        if (scope.isInstallation()) {
            return "EduCloud";
        }
        return identity.self(scope.userId()).displayName();
    }
}

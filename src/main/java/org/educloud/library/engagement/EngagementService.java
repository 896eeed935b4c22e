package org.educloud.library.engagement;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.CommentStatus;
import org.educloud.library.CommentView;
import org.educloud.library.Engagement;
import org.educloud.library.EngagementView;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceView;
import org.educloud.library.ReviewStatus;
import org.educloud.library.RichText;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.search.ResourceSearch;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningVerb;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings, favourites and comments on resources the caller may see. A rating is one per person (rating again
 * replaces it); comments are sanitised and wait for the resource's author or an admin of its school before anyone
 * else reads them.
 */
@Service
@Transactional
class EngagementService implements Engagement {

    private final JdbcClient jdbc;
    private final ResourceQueries queries;
    private final IdentityManagement identity;
    private final ResourceSearch search;
    private final ApplicationEventPublisher events;
    private final StudentActivity learning;
    private final Clock clock;

    EngagementService(JdbcClient jdbc, ResourceQueries queries, IdentityManagement identity, ResourceSearch search,
               ApplicationEventPublisher events, StudentActivity learning, Clock clock) {
        this.learning = learning;
        this.jdbc = jdbc;
        this.queries = queries;
        this.identity = identity;
        this.search = search;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EngagementView of(Scope scope, ResourceId id) {
        long resourceId = id.value();
        Resource resource = queries.visible(scope, resourceId);
        boolean moderator = moderates(scope, resource);
        Integer mine = jdbc.sql("SELECT stars FROM library.rating WHERE resource_id = ? AND user_id = ?")
                .params(resourceId, scope.userId().value()).query(Integer.class).optional().orElse(null);
        var totals = jdbc.sql("SELECT rating_sum, rating_count FROM library.resource WHERE id = ?").param(resourceId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        boolean favourite = jdbc.sql("SELECT EXISTS (SELECT 1 FROM library.favourite WHERE user_id = ? AND resource_id = ?)")
                .params(scope.userId().value(), resourceId).query(Boolean.class).single();
        List<CommentView> comments = jdbc.sql("""
                        SELECT id, author_name, body, status, created_at FROM library.comment
                        WHERE resource_id = ? AND (status = 'APPROVED' OR author_id = ? OR (? AND status = 'PENDING'))
                        ORDER BY created_at, id LIMIT 200""")
                .params(resourceId, scope.userId().value(), moderator)
                .query((rs, n) -> new CommentView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CommentStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant()))
                .list();
        return new EngagementView(totals[1] == 0 ? null : (double) totals[0] / totals[1], totals[1], mine, favourite,
                comments, moderator);
    }

    public void rate(Scope scope, ResourceId id, int stars) {
        long resourceId = id.value();
        if (stars < 1 || stars > 5) {
            throw new RuleViolationException("library.error.stars");
        }
        Resource resource = queries.visible(scope, resourceId);
        if (resource.status() != ReviewStatus.PUBLISHED) {
            throw new RuleViolationException("library.error.notPublished");
        }
        Integer previous = jdbc.sql("SELECT stars FROM library.rating WHERE resource_id = ? AND user_id = ? FOR UPDATE")
                .params(resourceId, scope.userId().value()).query(Integer.class).optional().orElse(null);
        jdbc.sql("INSERT INTO library.rating (resource_id, user_id, stars, rated_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (resource_id, user_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at")
                .params(resourceId, scope.userId().value(), stars, Timestamp.from(clock.instant())).update();
        jdbc.sql("UPDATE library.resource SET rating_sum = rating_sum + ?, rating_count = rating_count + ? WHERE id = ?")
                .params(stars - (previous == null ? 0 : previous), previous == null ? 1 : 0, resourceId).update();
        search.changed(resourceId);
        learning.record(scope, resource, LearningVerb.RATED,
                new LearningActivity.Outcome(stars / 5.0, (double) stars, 5.0, null, null, null));
    }

    public void favourite(Scope scope, ResourceId id, boolean favourite) {
        long resourceId = id.value();
        queries.visible(scope, resourceId);
        if (favourite) {
            jdbc.sql("INSERT INTO library.favourite (user_id, resource_id, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(scope.userId().value(), resourceId,
                    Timestamp.from(clock.instant())).update();
        } else {
            jdbc.sql("DELETE FROM library.favourite WHERE user_id = ? AND resource_id = ?")
                    .params(scope.userId().value(), resourceId).update();
        }
    }

    /** The caller's favourites that they may still see, newest first. */
    @Transactional(readOnly = true)
    public PageSlice<ResourceView> favourites(Scope scope, int page, int size) {
        List<Long> ids = jdbc.sql("SELECT resource_id FROM library.favourite WHERE user_id = ? ORDER BY created_at DESC "
                + "LIMIT 1000").param(scope.userId().value()).query(Long.class).list();
        List<ResourceView> visible = queries.byIds(ids).stream().filter(v -> canSee(scope, v.id().value())).toList();
        int from = Math.min(PageSlice.safePage(page) * size, visible.size());
        return new PageSlice<>(visible.subList(from, Math.min(from + size, visible.size())), PageSlice.safePage(page),
                size, visible.size());
    }

    public long comment(Scope scope, ResourceId id, @Nullable String text) {
        long resourceId = id.value();
        Resource resource = queries.visible(scope, resourceId);
        if (resource.status() != ReviewStatus.PUBLISHED) {
            throw new RuleViolationException("library.error.notPublished");
        }
        String body = RichText.sanitised(text);
        if (body.isBlank() || org.jsoup.Jsoup.parse(body).text().isBlank()) {
            throw new RuleViolationException("library.error.commentEmpty");
        }
        if (body.length() > 4000) {
            throw new RuleViolationException("library.error.commentTooLong", 2000);
        }
        // the resource's author and its school's admins publish their own comments at once
        CommentStatus status = moderates(scope, resource) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        learning.record(scope, resource, LearningVerb.COMMENTED, null);
        return jdbc.sql("INSERT INTO library.comment (resource_id, author_id, author_name, body, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(resourceId, scope.userId().value(), identity.self(scope.userId()).displayName(), body,
                        status.name(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    public void moderate(Scope scope, long commentId, boolean approve) {
        long resourceId = jdbc.sql("SELECT resource_id FROM library.comment WHERE id = ?").param(commentId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("library.error.commentNotFound"));
        Resource resource = queries.visible(scope, resourceId);
        if (!moderates(scope, resource)) {
            throw new NotFoundException("library.error.commentNotFound");
        }
        jdbc.sql("UPDATE library.comment SET status = ?, moderated_by = ?, moderated_at = ? WHERE id = ?")
                .params((approve ? CommentStatus.APPROVED : CommentStatus.REJECTED).name(), scope.userId().value(),
                        Timestamp.from(clock.instant()), commentId).update();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), approve ? "library.comment.approved"
                : "library.comment.rejected", "#" + resourceId + " comment " + commentId, resource.ownerPath(), null));
    }

    private static boolean moderates(Scope scope, Resource resource) {
        return ResourceAccess.isAuthor(scope, resource) || scope.canAdminister(resource.ownerPath());
    }

    private boolean canSee(Scope scope, long resourceId) {
        try {
            queries.visible(scope, resourceId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}

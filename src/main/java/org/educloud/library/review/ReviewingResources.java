package org.educloud.library.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReviewStatus;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceFiles;
import org.educloud.library.resources.ResourceRepository;
import org.educloud.library.search.ResourceSearch;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review workflow: an author submits; an admin of the owning school approves (publishing a school-shared
 * resource) or rejects with a comment; a district- or region-shared or public resource then needs a bureau
 * reviewer's approval. Authors withdraw; bureau reviewers mark published resources as featured (优质). No one
 * reviews their own resource. Every step is kept with who, when and why, and audited.
 */
@Component
public class ReviewingResources {

    private final ResourceRepository resources;
    private final ResourceFiles files;
    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final ResourceSearch search;
    private final Clock clock;

    ReviewingResources(ResourceRepository resources, ResourceFiles files, JdbcClient jdbc,
                       IdentityManagement identity, ApplicationEventPublisher events, ResourceSearch search,
                       Clock clock) {
        this.search = search;
        this.resources = resources;
        this.files = files;
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    public void submit(Scope scope, long id) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.isAuthor(scope, r)) {
            throw new ForbiddenException("library.error.notAuthor");
        }
        boolean hasContent = r.linkUrl() != null || !files.of(r.id()).isEmpty();
        step(scope, r, null, now -> r.submit(hasContent, now));
    }

    public void approve(Scope scope, long id, @Nullable String comment) {
        Resource r = visible(scope, id);
        if (ResourceAccess.canSchoolReview(scope, r)) {
            step(scope, r, comment, r::approveForSchool);
        } else if (ResourceAccess.canBureauReview(scope, r)) {
            step(scope, r, comment, r::approveForBureau);
        } else {
            throw refusal(r);
        }
    }

    public void reject(Scope scope, long id, @Nullable String comment) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.canSchoolReview(scope, r) && !ResourceAccess.canBureauReview(scope, r)) {
            throw refusal(r);
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("library.error.rejectionNeedsComment");
        }
        step(scope, r, comment, r::reject);
    }

    public void withdraw(Scope scope, long id, @Nullable String comment) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.canWithdraw(scope, r)) {
            throw refusal(r);
        }
        step(scope, r, comment, r::withdraw);
    }

    public void feature(Scope scope, long id, boolean featured) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.canFeature(scope, r)) {
            throw refusal(r);
        }
        r.feature(featured);
        search.changed(r.id());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), featured ? "library.resource.featured"
                : "library.resource.unfeatured", "#" + r.id() + " " + r.title(), r.ownerPath(), null));
    }

    private Resource visible(Scope scope, long id) {
        return resources.findById(id).filter(r -> ResourceAccess.canSee(scope, r))
                .orElseThrow(() -> new NotFoundException("library.error.resourceNotFound"));
    }

    /** Someone who may see the resource but not take this step: wrong status reads differently from wrong person. */
    private static RuntimeException refusal(Resource r) {
        return r.status().awaitingReview() || r.status() == ReviewStatus.PUBLISHED
                ? new ForbiddenException("library.error.notReviewer")
                : new RuleViolationException("library.error.wrongStatus");
    }

    /**
     * Takes one step of the workflow: the resource itself refuses a step its status does not allow; the step is kept
     * in the history and audited.
     */
    private void step(Scope scope, Resource r, @Nullable String comment, Function<Instant, ReviewStatus> transition) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw new RuleViolationException("library.error.commentTooLong", 1000);
        }
        Instant now = clock.instant();
        ReviewStatus from = transition.apply(now);
        ReviewStatus next = r.status();
        resources.saveAndFlush(r);
        search.changed(r.id());
        jdbc.sql("INSERT INTO library.review_step (resource_id, from_status, to_status, actor_id, actor_name, comment, at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), from.name(), next.name(), scope.userId().value(),
                        identity.self(scope.userId()).displayName(), text, Timestamp.from(now))
                .update();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.resource." + next.name().toLowerCase(),
                "#" + r.id() + " " + r.title(), r.ownerPath(), from + " → " + next + (text == null ? "" : ": " + text)));
    }
}

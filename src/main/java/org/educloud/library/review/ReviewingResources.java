package org.educloud.library.review;

import java.sql.Timestamp;
import java.time.Clock;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceFiles;
import org.educloud.library.resources.ResourceRepository;
import org.educloud.library.search.SearchOutbox;
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
    private final SearchOutbox outbox;
    private final Clock clock;

    ReviewingResources(ResourceRepository resources, ResourceFiles files, JdbcClient jdbc,
                       IdentityManagement identity, ApplicationEventPublisher events, SearchOutbox outbox,
                       Clock clock) {
        this.outbox = outbox;
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
        if (!r.status().editable()) {
            throw new RuleViolationException("library.error.notEditable");
        }
        if (r.sharing() == Sharing.PRIVATE) {
            throw new RuleViolationException("library.error.privateNotReviewed");
        }
        if (r.linkUrl() == null && files.of(r.id()).isEmpty()) {
            throw new RuleViolationException("library.error.nothingToReview");
        }
        // a bureau's own resource has no school to review it; the org tree is region › district › school
        boolean ownedBySchool = r.ownerPath().depth() == 3;
        move(scope, r, ownedBySchool ? ReviewStatus.SUBMITTED : ReviewStatus.SCHOOL_APPROVED, null);
    }

    public void approve(Scope scope, long id, @Nullable String comment) {
        Resource r = visible(scope, id);
        if (ResourceAccess.canSchoolReview(scope, r)) {
            move(scope, r, r.sharing().needsBureauReview() ? ReviewStatus.SCHOOL_APPROVED : ReviewStatus.PUBLISHED,
                    comment);
        } else if (ResourceAccess.canBureauReview(scope, r)) {
            move(scope, r, ReviewStatus.PUBLISHED, comment);
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
        move(scope, r, ReviewStatus.REJECTED, comment);
    }

    public void withdraw(Scope scope, long id, @Nullable String comment) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.canWithdraw(scope, r)) {
            throw refusal(r);
        }
        move(scope, r, ReviewStatus.WITHDRAWN, comment);
    }

    public void feature(Scope scope, long id, boolean featured) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.canFeature(scope, r)) {
            throw refusal(r);
        }
        r.feature(featured);
        outbox.queue(r.id());
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

    private void move(Scope scope, Resource r, ReviewStatus next, @Nullable String comment) {
        ReviewStatus from = r.status();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw new RuleViolationException("library.error.commentTooLong", 1000);
        }
        r.moveTo(next, clock.instant());
        resources.saveAndFlush(r);
        outbox.queue(r.id());
        jdbc.sql("INSERT INTO library.review_step (resource_id, from_status, to_status, actor_id, actor_name, comment, at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), from.name(), next.name(), scope.userId().value(),
                        identity.self(scope.userId()).displayName(), text, Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.resource." + next.name().toLowerCase(),
                "#" + r.id() + " " + r.title(), r.ownerPath(), from + " → " + next + (text == null ? "" : ": " + text)));
    }
}

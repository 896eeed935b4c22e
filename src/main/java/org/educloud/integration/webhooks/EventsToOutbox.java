package org.educloud.integration.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.educloud.learning.AssignmentPublished;
import org.educloud.learning.SubmissionGraded;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' facts into outbox rows, one per subscription that may hear of them: the subscription's node
 * must be the event's node or a bureau above it, so no event ever leaves its own subtree. Runs after the producing
 * transaction committed, from the event publication registry (a failure here is retried, never lost, and never undoes
 * the fact), and only writes rows: posting is the deliverer's job.
 */
@Component
class EventsToOutbox {

    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;
    private final Payloads payloads;
    private final TenancyManagement tenancy;
    private final Clock clock;

    EventsToOutbox(SubscriptionStore subscriptions, OutboxStore outbox, Payloads payloads, TenancyManagement tenancy,
                   Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.payloads = payloads;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AssignmentPublished published) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assignment", published.assignmentId().value());
        data.put("class", published.classId().value());
        data.put("title", published.title());
        data.put("dueAt", published.dueAt().toString());
        data.put("publishedAt", published.publishedAt().toString());
        atSchool(EventKind.ASSIGNMENT_PUBLISHED, published.school(), published.publishedAt(),
                "assignment:" + published.assignmentId().value() + ":" + published.publishedAt(), data);
    }

    @ApplicationModuleListener
    void on(SubmissionGraded graded) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("submission", graded.submissionId());
        data.put("assignment", graded.assignmentId().value());
        data.put("class", graded.classId().value());
        data.put("student", graded.studentId().value());
        data.put("title", graded.title());
        data.put("score", graded.score());
        data.put("maxScore", graded.maxScore());
        data.put("corrected", graded.replacedScore() != null);
        data.put("releasedAt", graded.releasedAt().toString());
        atSchool(EventKind.GRADE_RELEASED, graded.school(), graded.releasedAt(),
                "grade:" + graded.submissionId() + ":" + graded.releasedAt() + ":" + graded.score(), data);
    }

    /** Only the audited actions that are webhook events are stored for this listener at all (the condition). */
    @ApplicationModuleListener(condition = "T(org.educloud.integration.webhooks.AuditedChanges).wanted(#a0.action())")
    void on(AuditableActionOccurred action) {
        EventKind kind = AuditedChanges.kindOf(action.action());
        OrgPath path = action.orgPath();
        if (kind == null || path == null || path.ids().isEmpty()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        switch (kind) {
            // who changed is the receiver's to ask over OneRoster with its own credentials, not ours to push
            case ROSTER_CHANGED -> data.put("change", action.action());
            case RESOURCE_PUBLISHED -> {
                String target = action.target();
                String digits = target.startsWith("#") ? target.substring(1).split(" ", 2)[0] : "";
                if (digits.matches("\\d{1,18}")) {
                    data.put("resource", Long.parseLong(digits));
                    data.put("title", target.substring(digits.length() + 1).strip());
                } else {
                    data.put("title", target);
                }
            }
            case SURVEY_CONFIRMED -> {
                data.put("school", action.target());
                data.put("schoolYear", action.detail());
            }
            default -> {
                return;
            }
        }
        // the action's own id, made when it was published: a retried listener, or the registry's republication on
        // another node, queues it once and receivers see one id
        queue(kind, path.ids().getLast(), path, action.occurredAt(), action.id(), data);
    }

    private void atSchool(EventKind kind, OrgId school, Instant occurredAt, String identity, Map<String, ?> data) {
        OrgNodeView node = tenancy.find(school).orElse(null);
        if (node == null) {
            return;
        }
        // the same fact, retried by the registry, keeps its id: receivers and the outbox see it once
        UUID eventId = UUID.nameUUIDFromBytes((kind.name() + ":" + identity).getBytes(StandardCharsets.UTF_8));
        queue(kind, node.id(), node.path(), occurredAt, eventId, data);
    }

    private void queue(EventKind kind, OrgId nodeId, OrgPath nodePath, Instant occurredAt, UUID eventId,
                       Map<String, ?> data) {
        var receivers = subscriptions.activeAbove(nodePath, kind).stream()
                .filter(s -> s.orgPath().contains(nodePath)).toList();
        if (receivers.isEmpty()) {
            return;
        }
        String payload = payloads.envelope(eventId, kind, occurredAt, nodeId, nodePath, data);
        Instant now = clock.instant();
        receivers.forEach(s -> outbox.enqueue(s.id(), eventId, kind, payload, now));
    }
}

package org.educloud.assessment.items;

import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;

/**
 * The review an item passes before others may use it, the same as a library resource's: a private item is never
 * reviewed; an item shared in its school is approved by the school; one shared in the district or region is then
 * approved by that bureau. An item filed by a bureau goes straight to the bureau. Editing a shared item makes a new
 * version that is reviewed again, so nobody receives unreviewed content through an item they already trusted.
 */
public final class ItemWorkflow {

    private ItemWorkflow() {
    }

    /** Where an item is shared and where its bureau review happens. */
    public record Placement(OrgPath sharePath, OrgPath reviewPath) {
    }

    public static Placement placement(OrgPath owner, boolean ownerIsSchool, Sharing sharing) {
        var line = owner.ids();
        return switch (sharing) {
            case PRIVATE -> new Placement(owner, owner);
            case SCHOOL -> {
                if (!ownerIsSchool) {
                    throw new RuleViolationException("assessment.error.sharingSchoolByBureau");
                }
                yield new Placement(owner, owner);
            }
            case DISTRICT -> {
                if (line.size() < 2) {
                    throw new RuleViolationException("assessment.error.sharingDistrictByRegion");
                }
                yield new Placement(prefix(line, 2), prefix(line, 2));
            }
            case REGION -> new Placement(prefix(line, 1), prefix(line, 1));
            // an item carries its answer key: it is never shown to anonymous visitors
            case PUBLIC -> throw new RuleViolationException("assessment.error.sharingPublic");
        };
    }

    private static OrgPath prefix(java.util.List<OrgId> line, int length) {
        OrgPath path = OrgPath.ROOT;
        for (OrgId id : line.subList(0, Math.min(length, line.size()))) {
            path = path.child(id);
        }
        return path;
    }

    /** The status a saved draft starts in: private items are ready to use at once, shared ones wait for review. */
    public static ReviewStatus afterSaving(Sharing sharing) {
        return sharing == Sharing.PRIVATE ? ReviewStatus.PUBLISHED : ReviewStatus.DRAFT;
    }

    public static ReviewStatus submit(ReviewStatus status, Sharing sharing, boolean ownedBySchool) {
        if (!status.editable()) {
            throw new RuleViolationException("assessment.error.notEditable");
        }
        if (sharing == Sharing.PRIVATE) {
            throw new RuleViolationException("assessment.error.privateNotReviewed");
        }
        return ownedBySchool ? ReviewStatus.SUBMITTED : ReviewStatus.SCHOOL_APPROVED;
    }

    public static ReviewStatus approveForSchool(ReviewStatus status, Sharing sharing) {
        require(status == ReviewStatus.SUBMITTED);
        return sharing.needsBureauReview() ? ReviewStatus.SCHOOL_APPROVED : ReviewStatus.PUBLISHED;
    }

    public static ReviewStatus approveForBureau(ReviewStatus status) {
        require(status == ReviewStatus.SCHOOL_APPROVED);
        return ReviewStatus.PUBLISHED;
    }

    public static ReviewStatus reject(ReviewStatus status) {
        require(status.awaitingReview());
        return ReviewStatus.REJECTED;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolationException("assessment.error.wrongStatus");
        }
    }
}

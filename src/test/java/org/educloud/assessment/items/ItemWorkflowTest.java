package org.educloud.assessment.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The review an item passes before others use it: private items are ready at once and never reviewed, an item shared
 * in its school is approved by the school, one shared wider by the school and then the bureau, and an item with its
 * answer key is never public.
 */
class ItemWorkflowTest {

    private static final OrgPath CITY = OrgPath.ROOT.child(OrgId.of(1));
    private static final OrgPath DISTRICT = CITY.child(OrgId.of(2));
    private static final OrgPath SCHOOL = DISTRICT.child(OrgId.of(3));

    @Test
    void aPrivateItemIsReadyToUseAtOnceAndIsNeverReviewed() {
        assertThat(ItemWorkflow.afterSaving(Sharing.PRIVATE)).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(ItemWorkflow.placement(SCHOOL, true, Sharing.PRIVATE).sharePath()).isEqualTo(SCHOOL);
        assertThatThrownBy(() -> ItemWorkflow.submit(ReviewStatus.DRAFT, Sharing.PRIVATE, true))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aSharedItemStartsAsADraft() {
        assertThat(ItemWorkflow.afterSaving(Sharing.SCHOOL)).isEqualTo(ReviewStatus.DRAFT);
        assertThat(ItemWorkflow.afterSaving(Sharing.DISTRICT)).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void anItemSharedInItsSchoolIsPublishedByTheSchoolsApproval() {
        ReviewStatus submitted = ItemWorkflow.submit(ReviewStatus.DRAFT, Sharing.SCHOOL, true);

        assertThat(submitted).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(ItemWorkflow.approveForSchool(submitted, Sharing.SCHOOL)).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void anItemSharedInTheDistrictNeedsTheSchoolAndThenTheDistrict() {
        ItemWorkflow.Placement placement = ItemWorkflow.placement(SCHOOL, true, Sharing.DISTRICT);
        ReviewStatus schoolApproved = ItemWorkflow.approveForSchool(
                ItemWorkflow.submit(ReviewStatus.DRAFT, Sharing.DISTRICT, true), Sharing.DISTRICT);

        assertThat(placement.sharePath()).isEqualTo(DISTRICT);
        assertThat(placement.reviewPath()).isEqualTo(DISTRICT);
        assertThat(schoolApproved).isEqualTo(ReviewStatus.SCHOOL_APPROVED);
        assertThat(ItemWorkflow.approveForBureau(schoolApproved)).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void aRegionWideItemIsSharedAndReviewedAtTheCity() {
        assertThat(ItemWorkflow.placement(SCHOOL, true, Sharing.REGION))
                .isEqualTo(new ItemWorkflow.Placement(CITY, CITY));
    }

    @Test
    void anItemFiledByABureauGoesStraightToTheBureausReview() {
        assertThat(ItemWorkflow.submit(ReviewStatus.DRAFT, Sharing.DISTRICT, false))
                .isEqualTo(ReviewStatus.SCHOOL_APPROVED);
    }

    @Test
    void aBureauCannotShareAnItemInASchoolNorACityInItsDistrict() {
        assertThatThrownBy(() -> ItemWorkflow.placement(DISTRICT, false, Sharing.SCHOOL))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ItemWorkflow.placement(CITY, false, Sharing.DISTRICT))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anItemCarriesItsKeyAndIsNeverPublic() {
        assertThatThrownBy(() -> ItemWorkflow.placement(SCHOOL, true, Sharing.PUBLIC))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRejectedItemMayBeEditedAndSubmittedAgainButOneUnderReviewMayNot() {
        ReviewStatus rejected = ItemWorkflow.reject(ReviewStatus.SUBMITTED);

        assertThat(rejected).isEqualTo(ReviewStatus.REJECTED);
        assertThat(ItemWorkflow.submit(rejected, Sharing.SCHOOL, true)).isEqualTo(ReviewStatus.SUBMITTED);
        assertThatThrownBy(() -> ItemWorkflow.submit(ReviewStatus.SUBMITTED, Sharing.SCHOOL, true))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDecisionIsTakenOnlyOnAnItemAwaitingIt() {
        assertThatThrownBy(() -> ItemWorkflow.approveForSchool(ReviewStatus.DRAFT, Sharing.SCHOOL))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ItemWorkflow.approveForBureau(ReviewStatus.SUBMITTED))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ItemWorkflow.reject(ReviewStatus.PUBLISHED))
                .isInstanceOf(RuleViolationException.class);
    }
}

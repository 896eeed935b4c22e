package org.educloud.library.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceType;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.UserId;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;

/**
 * The review workflow's transitions, as the {@link Resource} aggregate allows them whoever asks: who may take a
 * step is {@code ResourceAccess}'s business, which steps exist at all is the resource's.
 */
class ResourceReviewTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final OrgPath SCHOOL = new OrgPath("/1/2/3/");
    private static final OrgPath DISTRICT = new OrgPath("/1/2/");

    @Test
    void aSchoolResourceGoesToItsSchool() {
        Resource r = resource(Sharing.SCHOOL, SCHOOL);
        assertThat(r.submit(true, NOW)).isEqualTo(ReviewStatus.DRAFT);
        assertThat(r.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void aBureauResourceGoesStraightToTheBureau() {
        Resource r = resource(Sharing.DISTRICT, DISTRICT);
        r.submit(true, NOW);
        assertThat(r.status()).isEqualTo(ReviewStatus.SCHOOL_APPROVED);
    }

    @Test
    void aRejectedOrWithdrawnResourceMayBeSubmittedAgain() {
        Resource rejected = submitted(Sharing.SCHOOL);
        rejected.reject(NOW);
        rejected.submit(true, NOW);
        assertThat(rejected.status()).isEqualTo(ReviewStatus.SUBMITTED);

        Resource withdrawn = submitted(Sharing.SCHOOL);
        withdrawn.withdraw(NOW);
        withdrawn.submit(true, NOW);
        assertThat(withdrawn.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void submittingIsRefusedWhileInReviewOrPublished() {
        Resource inReview = submitted(Sharing.SCHOOL);
        refused(() -> inReview.submit(true, NOW), "library.error.notEditable");
        Resource published = published(Sharing.SCHOOL);
        refused(() -> published.submit(true, NOW), "library.error.notEditable");
    }

    @Test
    void submittingIsRefusedForAPrivateOrEmptyResource() {
        refused(() -> resource(Sharing.PRIVATE, SCHOOL).submit(true, NOW), "library.error.privateNotReviewed");
        refused(() -> resource(Sharing.SCHOOL, SCHOOL).submit(false, NOW), "library.error.nothingToReview");
    }

    @Test
    void theSchoolPublishesWhatStaysInTheSchool() {
        Resource r = submitted(Sharing.SCHOOL);
        r.approveForSchool(NOW);
        assertThat(r.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(r.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void theSchoolPassesOnToTheBureauWhatReachesFurther() {
        for (Sharing sharing : List.of(Sharing.DISTRICT, Sharing.REGION, Sharing.PUBLIC)) {
            Resource r = submitted(sharing);
            r.approveForSchool(NOW);
            assertThat(r.status()).as(sharing.name()).isEqualTo(ReviewStatus.SCHOOL_APPROVED);
            assertThat(r.publishedAt()).isNull();
            r.approveForBureau(NOW);
            assertThat(r.status()).isEqualTo(ReviewStatus.PUBLISHED);
        }
    }

    @Test
    void approvalTakesTheStepsInOrder() {
        refused(() -> resource(Sharing.SCHOOL, SCHOOL).approveForSchool(NOW), "library.error.wrongStatus");
        refused(() -> submitted(Sharing.DISTRICT).approveForBureau(NOW), "library.error.wrongStatus");
        Resource atBureau = submitted(Sharing.DISTRICT);
        atBureau.approveForSchool(NOW);
        refused(() -> atBureau.approveForSchool(NOW), "library.error.wrongStatus");
        refused(() -> published(Sharing.SCHOOL).approveForBureau(NOW), "library.error.wrongStatus");
    }

    @Test
    void eitherReviewerRejectsWhatAwaitsReview() {
        Resource atSchool = submitted(Sharing.DISTRICT);
        atSchool.reject(NOW);
        assertThat(atSchool.status()).isEqualTo(ReviewStatus.REJECTED);

        Resource atBureau = submitted(Sharing.DISTRICT);
        atBureau.approveForSchool(NOW);
        atBureau.reject(NOW);
        assertThat(atBureau.status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aDraftOrPublishedResourceIsNotRejected() {
        refused(() -> resource(Sharing.SCHOOL, SCHOOL).reject(NOW), "library.error.wrongStatus");
        refused(() -> published(Sharing.SCHOOL).reject(NOW), "library.error.wrongStatus");
    }

    @Test
    void whatIsInReviewOrPublishedMayBeWithdrawn() {
        for (Consumer<Resource> before : List.<Consumer<Resource>>of(r -> { }, r -> r.approveForSchool(NOW))) {
            Resource r = submitted(Sharing.SCHOOL);
            before.accept(r);
            assertThat(r.withdraw(NOW)).isIn(ReviewStatus.SUBMITTED, ReviewStatus.PUBLISHED);
            assertThat(r.status()).isEqualTo(ReviewStatus.WITHDRAWN);
        }
    }

    @Test
    void aDraftRejectedOrWithdrawnResourceIsNotWithdrawn() {
        refused(() -> resource(Sharing.SCHOOL, SCHOOL).withdraw(NOW), "library.error.wrongStatus");
        Resource rejected = submitted(Sharing.SCHOOL);
        rejected.reject(NOW);
        refused(() -> rejected.withdraw(NOW), "library.error.wrongStatus");
        Resource withdrawn = submitted(Sharing.SCHOOL);
        withdrawn.withdraw(NOW);
        refused(() -> withdrawn.withdraw(NOW), "library.error.wrongStatus");
    }

    @Test
    void featuringNeedsAPublishedResourceSharedBeyondItsSchool() {
        Resource district = submitted(Sharing.DISTRICT);
        district.approveForSchool(NOW);
        refused(() -> district.feature(true), "library.error.wrongStatus");
        district.approveForBureau(NOW);
        district.feature(true);
        assertThat(district.featured()).isTrue();

        refused(() -> published(Sharing.SCHOOL).feature(true), "library.error.wrongStatus");
    }

    private static Resource resource(Sharing sharing, OrgPath owner) {
        Resource r = new Resource(new UserId(7), "Author", NOW);
        ResourceDraft draft = new ResourceDraft("Fractions", null, ResourceType.DOCUMENT, Licence.values()[0],
                Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, null, "zh", null, sharing, null);
        r.describe(draft, "", List.of(), OrgId.of(3), owner, new Resource.Placement(owner, owner),
                new Resource.Catalogued(null, ""), NOW);
        return r;
    }

    private static Resource submitted(Sharing sharing) {
        Resource r = resource(sharing, SCHOOL);
        r.submit(true, NOW);
        return r;
    }

    private static Resource published(Sharing sharing) {
        Resource r = submitted(sharing);
        r.approveForSchool(NOW);
        if (sharing.needsBureauReview()) {
            r.approveForBureau(NOW);
        }
        return r;
    }

    private static void refused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOf(RuleViolationException.class).hasMessage(messageKey);
    }
}

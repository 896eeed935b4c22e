package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Who reviews a shared resource, and when its author may still change it. */
class ReviewRulesTest {

    @Test
    void what_is_shared_beyond_the_school_is_reviewed_by_a_bureau_too() {
        assertThat(Arrays.stream(Sharing.values()).filter(Sharing::needsBureauReview))
                .containsExactly(Sharing.DISTRICT, Sharing.REGION, Sharing.PUBLIC);
    }

    @Test
    void an_author_changes_a_resource_only_while_no_reviewer_holds_it() {
        assertThat(Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::editable))
                .containsExactly(ReviewStatus.DRAFT, ReviewStatus.REJECTED, ReviewStatus.WITHDRAWN);
        assertThat(Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::awaitingReview))
                .containsExactly(ReviewStatus.SUBMITTED, ReviewStatus.SCHOOL_APPROVED);
    }
}

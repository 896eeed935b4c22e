package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;

/** When a school may still change its survey, and the national limits of the basic-balance composite. */
class SurveyRulesTest {

    @Test
    void a_school_changes_its_figures_until_it_submits_them_and_again_when_they_are_sent_back() {
        assertThat(Arrays.stream(SurveyStatus.values()).filter(SurveyStatus::editable))
                .containsExactly(SurveyStatus.DRAFT, SurveyStatus.RETURNED);
    }

    @Test
    void junior_schools_must_be_more_balanced_than_primary_schools() {
        assertThat(BasicIndicator.maximumComposite(Stage.PRIMARY)).isEqualTo(0.65);
        assertThat(BasicIndicator.maximumComposite(Stage.JUNIOR)).isEqualTo(0.55);
    }
}

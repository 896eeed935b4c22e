package org.educloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape of the org tree (region › district › school) and what a school's form says when left empty. */
class OrgTreeRulesTest {

    @Test
    void a_region_holds_districts_a_district_holds_schools_and_a_school_holds_nothing() {
        assertThat(OrgKind.REGION.mayContain(OrgKind.DISTRICT)).isTrue();
        assertThat(OrgKind.REGION.mayContain(OrgKind.SCHOOL)).isFalse();
        assertThat(OrgKind.DISTRICT.mayContain(OrgKind.SCHOOL)).isTrue();
        assertThat(OrgKind.DISTRICT.mayContain(OrgKind.DISTRICT)).isFalse();
        assertThat(Arrays.stream(OrgKind.values()).noneMatch(OrgKind.SCHOOL::mayContain)).isTrue();
    }

    @Test
    void a_school_whose_teaching_point_box_is_left_empty_is_no_teaching_point() {
        SchoolDraft draft = new SchoolDraft("青山县白沙镇中学", "3153000001", Set.of(Stage.JUNIOR), Locality.TOWN, null,
                null, null, null);

        assertThat(draft.isTeachingPoint()).isFalse();
        assertThat(draft.teachingPoint()).isFalse();
    }

    @Test
    void a_schools_stages_ignore_empty_choices_and_cannot_be_changed_afterwards() {
        Set<Stage> chosen = new HashSet<>(Arrays.asList(Stage.PRIMARY, null, Stage.JUNIOR));

        SchoolDraft draft = new SchoolDraft("九年一贯制学校", "3153000002", chosen, Locality.RURAL, true, null, null, null);

        assertThat(draft.stages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR);
        assertThat(draft.isTeachingPoint()).isTrue();
        chosen.clear();
        assertThat(draft.stages()).hasSize(2);
        assertThat(new SchoolDraft("x", "3153000003", null, Locality.URBAN, null, null, null, null).stages()).isEmpty();
    }
}

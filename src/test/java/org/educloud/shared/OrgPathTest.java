package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The materialised path of an org node: how nodes below one another are told apart with a prefix. */
class OrgPathTest {

    @Test
    void a_child_path_appends_the_childs_id_and_lies_one_level_deeper() {
        OrgPath district = new OrgPath("/1/7/");

        OrgPath school = district.child(OrgId.of(42));

        assertThat(school.value()).isEqualTo("/1/7/42/");
        assertThat(school.depth()).isEqualTo(district.depth() + 1);
        assertThat(district.contains(school)).isTrue();
        assertThat(school.contains(district)).isFalse();
    }

    @Test
    void the_root_is_above_every_node_and_has_no_depth() {
        assertThat(OrgPath.ROOT.depth()).isZero();
        assertThat(OrgPath.ROOT.contains(new OrgPath("/3/"))).isTrue();
        assertThat(OrgPath.ROOT.ids()).isEmpty();
    }

    @Test
    void the_sql_pattern_matches_the_node_and_what_lies_below_it() {
        assertThat(new OrgPath("/1/7/").likePattern()).isEqualTo("/1/7/%");
    }

    @Test
    void a_path_reads_as_its_value_in_logs_and_messages() {
        assertThat(new OrgPath("/1/7/")).hasToString("/1/7/");
        assertThat(OrgId.of(7)).hasToString("7");
        assertThat(new UserId(12)).hasToString("12");
    }
}

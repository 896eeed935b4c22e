package org.educloud.roster.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A source's sourcedId shaped like one of EduCloud's own names a row already, so an import never keeps it; the
 * shapes are the prefixes of OneRosterObject followed by a digit.
 */
class OwnSourcedIdsTest {

    private static final Pattern OWN = Pattern.compile(OneRosterSourceFacts.OWN_ID);

    private static boolean own(String sourcedId) {
        return OWN.matcher(sourcedId).find();
    }

    @Test
    void theIdsEduCloudsExportWritesAreItsOwn() {
        assertThat(own("user-s-34")).isTrue();
        assertThat(own("user-t-7")).isTrue();
        assertThat(own("user-g-7")).isTrue();
        assertThat(own("class-12")).isTrue();
        assertThat(own("term-3")).isTrue();
        assertThat(own("enr-5")).isTrue();
        assertThat(own("enr-h-5")).isTrue();
        assertThat(own("enr-t-5")).isTrue();
        assertThat(own("org-1")).isTrue();
        assertThat(own("sy-2025-2026")).isTrue();
        assertThat(own("course-1-2025-2026-g07")).isTrue();
    }

    @Test
    void aSourcesOwnIdsAndRolesAreNot() {
        assertThat(own("S-1001")).isFalse();
        assertThat(own("user-s-abc")).isFalse();
        assertThat(own("user-x-1")).isFalse();
        assertThat(own("role-s-1")).isFalse();
        assertThat(own("myclass-12")).isFalse();
    }
}

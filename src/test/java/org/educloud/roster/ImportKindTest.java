package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An import kind is stored by its name and named in URLs, message keys and audit actions by its segment. */
class ImportKindTest {

    @Test
    void theStoredValueIsTheConstantsName() {
        assertThat(ImportKind.ONEROSTER.name()).isEqualTo("ONEROSTER");
        assertThat(ImportKind.STUDENTS.name()).isEqualTo("STUDENTS");
    }

    @Test
    void theSegmentIsTheLowerCaseNameAndLeadsBackToTheKind() {
        assertThat(ImportKind.ENROLMENTS.segment()).isEqualTo("enrolments");
        assertThat(ImportKind.ONEROSTER.segment()).isEqualTo("oneroster");
        for (ImportKind kind : ImportKind.values()) {
            assertThat(ImportKind.ofSegment(kind.segment())).isEqualTo(kind);
        }
    }

    @Test
    void anUnknownSegmentIsNoKind() {
        assertThatThrownBy(() -> ImportKind.ofSegment("teachers")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyOneRosterHasNoTemplate() {
        assertThat(ImportKind.ONEROSTER.hasTemplate()).isFalse();
        assertThat(ImportKind.STAFF.hasTemplate()).isTrue();
    }
}

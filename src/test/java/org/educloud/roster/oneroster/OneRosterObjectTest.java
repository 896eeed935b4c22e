package org.educloud.roster.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each OneRoster object kind has one link code (the value of {@code roster.oneroster_link.kind}) and one prefix of
 * EduCloud's own sourcedIds; both are stored or sent, so they never change.
 */
class OneRosterObjectTest {

    @Test
    void theLinkCodesAreTheOnesTheLinkTableHolds() {
        assertThat(OneRosterObject.STUDENT.linkKind()).isEqualTo("S");
        assertThat(OneRosterObject.STAFF.linkKind()).isEqualTo("F");
        assertThat(OneRosterObject.GUARDIAN.linkKind()).isEqualTo("G");
        assertThat(OneRosterObject.CLASS.linkKind()).isEqualTo("C");
        assertThat(OneRosterObject.TERM.linkKind()).isEqualTo("T");
    }

    @Test
    void aCodeLeadsBackToItsKindAndAnUnknownOneToNone() {
        Stream.of(OneRosterObject.STUDENT, OneRosterObject.STAFF, OneRosterObject.GUARDIAN, OneRosterObject.CLASS,
                        OneRosterObject.TERM, OneRosterObject.ENROLMENT)
                .forEach(kind -> assertThat(OneRosterObject.ofCode(kind.code())).isEqualTo(kind));
        assertThatThrownBy(() -> OneRosterObject.ofCode('X')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void objectsAnImportNeverLinksHaveNoCode() {
        assertThatThrownBy(OneRosterObject.ORG::code).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(OneRosterObject.HEAD_TEACHER_ENROLMENT::linkKind)
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyPrefixIsLettersAndDashesEndingInADash() {
        Arrays.stream(OneRosterObject.values()).forEach(kind -> assertThat(kind.prefix()).matches("[a-z-]+-"));
    }

    @Test
    void educloudsOwnSourcedIdIsThePrefixAndTheId() {
        assertThat(OneRosterObject.STUDENT.ownSourcedId(34)).isEqualTo("user-s-34");
        assertThat(OneRosterObject.STAFF.ownSourcedId(7)).isEqualTo("user-t-7");
        assertThat(OneRosterObject.GUARDIAN.ownSourcedId(7)).isEqualTo("user-g-7");
        assertThat(OneRosterObject.CLASS.ownSourcedId(12)).isEqualTo("class-12");
        assertThat(OneRosterObject.TERM.ownSourcedId(3)).isEqualTo("term-3");
    }

    @Test
    void onlyFathersAndMothersAreParents() {
        assertThat(OneRosterMapping.isParent("l.relation")).isEqualTo("l.relation IN ('FATHER', 'MOTHER')");
    }

    @Test
    void theMappingWritesEduCloudsOwnSourcedIdFromThePrefix() {
        assertThat(OneRosterMapping.sourcedId(OneRosterObject.STUDENT, "s"))
                .isEqualTo("COALESCE(s.source_id, 'user-s-' || s.id)::text");
        assertThat(OneRosterMapping.org("c.school_id")).isEqualTo("'org-' || c.school_id");
        assertThat(OneRosterMapping.schoolYear("t")).isEqualTo("'sy-' || t.school_year");
    }
}

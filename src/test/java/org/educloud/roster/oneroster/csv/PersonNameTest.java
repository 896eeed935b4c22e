package org.educloud.roster.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a OneRoster source's name and person facts become EduCloud's (issue 24 item 7). */
class PersonNameTest {

    @Test
    void aChineseNameIsShownSurnameFirstWithoutASpace() {
        assertThat(PersonName.display("小明", "王")).isEqualTo("王小明");
        assertThat(PersonName.display("明", "欧阳")).isEqualTo("欧阳明");
        assertThat(PersonName.display("", "王小明")).isEqualTo("王小明");
    }

    @Test
    void aWesternNameIsShownGivenNameFirstAndItsPartsAreKeptAsGiven() {
        assertThat(PersonName.display("John", "Doe")).isEqualTo("John Doe");
        var source = PersonName.source(" John ", "Doe", "john.doe@school.example", "jdoe", "");
        assertThat(source.givenName()).isEqualTo("John");
        assertThat(source.familyName()).isEqualTo("Doe");
        assertThat(source.email()).isEqualTo("john.doe@school.example");
        assertThat(source.username()).isEqualTo("jdoe");
        assertThat(source.userIds()).isNull();
    }

    @Test
    void unusableEmailsAndUsernamesAreDroppedAndNoneCanStartAFormula() {
        var source = PersonName.source("A", "B", "=HYPERLINK(\"x\")@evil.example", "-cmd", "");
        assertThat(source.email()).isNull();
        assertThat(source.username()).isNull();
        assertThat(PersonName.source("A", "B", "not an email", "a b", "").email()).isNull();
    }

    @Test
    void theCsvBindingsUserIdsBecomeJsonPairs() {
        assertThat(PersonName.userIdsJson("{LDAP:jdoe},{SIS:\"7\"}"))
                .isEqualTo("[{\"type\":\"LDAP\",\"identifier\":\"jdoe\"},{\"type\":\"SIS\",\"identifier\":\"\\\"7\\\"\"}]");
        assertThat(PersonName.userIdsJson("")).isNull();
    }
}

package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 18-character resident identity number (GB 11643-1999): its birth date and its check character. */
class IdNumberTest {

    /** 11010519491231002X: the standard's own example, a check character X. */
    private static final String WITH_X = "11010519491231002X";

    @Test
    void a_number_is_valid_when_its_check_character_fits_its_first_seventeen_digits() {
        assertThat(IdNumber.isValid(WITH_X)).isTrue();
        assertThat(IdNumber.isValid(WITH_X.toLowerCase())).as("a lower-case x is the same character").isTrue();
        assertThat(IdNumber.isValid("110105194912310021")).as("another check character").isFalse();
    }

    @Test
    void the_check_character_completes_any_seventeen_digits() {
        String first17 = "33010220180314123";

        String number = first17 + IdNumber.checkCharacter(first17);

        assertThat(IdNumber.isValid(number)).isTrue();
    }

    @Test
    void the_birth_date_is_read_from_the_seventh_to_the_fourteenth_character() {
        assertThat(IdNumber.birthDate(WITH_X)).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void a_number_with_an_impossible_birth_date_or_of_another_length_is_invalid() {
        String february30 = "33010220180230123";

        assertThat(IdNumber.isValid(february30 + IdNumber.checkCharacter(february30))).isFalse();
        assertThat(IdNumber.birthDate("3301")).isEmpty();
        assertThat(IdNumber.isValid("33010220180314")).isFalse();
        assertThat(IdNumber.isValid("3301022018031412AX")).as("letters only in the last place").isFalse();
    }
}

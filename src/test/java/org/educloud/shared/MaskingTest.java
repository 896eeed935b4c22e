package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.phone("110")).isEqualTo("****");
    }

    @Test
    void idNumbersKeepTheirRegionAndLastFourCharacters() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void emailsKeepTheirFirstLetterAndDomain() {
        assertThat(Masking.email("zhang.wei@example.cn")).isEqualTo("z***@example.cn");
    }

    @Test
    void phoneAndIdNumbersInsideTextAreMaskedAndTheRestIsKept() {
        assertThat(Masking.personalNumbers("G11010519491231002X")).isEqualTo("G110105********002X");
        assertThat(Masking.personalNumbers("pg110105194912310027-42")).isEqualTo("pg110105********0027-42");
        assertThat(Masking.personalNumbers("13812345678 tried, then 13812345679"))
                .isEqualTo("138****5678 tried, then 138****5679");
        assertThat(Masking.personalNumbers("3601020001-t301 imported 1200 rows")).isEqualTo("3601020001-t301 imported 1200 rows");
        assertThat(Masking.personalNumbers(null)).isNull();
    }

    @Test
    void elevenDigitsInARowCountAsAnEmbeddedPersonalNumber() {
        assertThat(Masking.embedsPersonalNumber("g11010519491231002x")).isTrue();
        assertThat(Masking.embedsPersonalNumber("zhang13812345678")).isTrue();
        assertThat(Masking.embedsPersonalNumber("3601020001-t301")).isFalse();
        assertThat(Masking.embedsPersonalNumber("s26k7q4mx")).isFalse();
        assertThat(Masking.embedsPersonalNumber(null)).isFalse();
    }
}

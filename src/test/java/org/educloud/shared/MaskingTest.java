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
}

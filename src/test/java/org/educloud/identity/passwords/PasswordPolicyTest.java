package org.educloud.identity.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.educloud.identity.accounts.IdentityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PasswordPolicyTest {

    /** The shipped defaults, bound as the application binds them. */
    private final PasswordPolicy policy = new PasswordPolicy(new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("educloud.identity", IdentityProperties.class));

    @Test
    void aLongEnoughMixOfLettersAndDigitsPasses() {
        assertThat(policy.problems("Qingshan2026", "teacher.li")).isEmpty();
    }

    /** The demo password and every password the tests set must stay acceptable. */
    @ParameterizedTest
    @ValueSource(strings = {"EduCloud2026", "Fixture2026pw", "Goodpass2026", "Initial2026", "Mine2026ok",
            "Another2026x", "Xinsheng2026", "Daijihuo2026", "Jiazhang2026", "Changed2026pw", "Activated2026pw",
            "Lz7#mKq2vR", "shuxue3ban2026", "correct horse battery 9"})
    void ordinaryPasswordsPass(String password) {
        assertThat(policy.problems(password, "someone")).isEmpty();
    }

    /** The pattern checks grow with the square of the length: a megabyte must be refused for its length at once. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabytePasswordIsRefusedForItsLengthAtOnce() {
        // almost one chunk over and over: every multiple of the chunk is tried to the very end
        String almostPeriodic = "abc1".repeat(262_144) + "x";
        assertThat(policy.problems(almostPeriodic, "someone")).containsExactly("identity.password.tooLong");
        String sequence = "0123456789".repeat(100_000);
        assertThat(policy.problems(sequence, "someone")).containsExactly("identity.password.tooLong");
        assertThat(policy.problems("Qingshan2026".repeat(11), "someone")).containsExactly("identity.password.tooLong");
        assertThat(policy.problems("Qingshan2026x".repeat(9) + "Qing2026xyz", "someone")).isEmpty();
    }

    @Test
    void eachWeaknessIsNamed() {
        assertThat(policy.problems("abc1", "x")).contains("identity.password.tooShort");
        assertThat(policy.problems("onlyletters", "x")).contains("identity.password.lettersAndDigits");
        assertThat(policy.problems("woaini1314", "x")).contains("identity.password.common");
        assertThat(policy.problems("teacher.li2026", "teacher.li")).contains("identity.password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1111111", "password1", "qwerty123", "Aa123456", "woaini1314", "12345678", "1qaz2wsx",
            "Woaini520", "P@ssw0rd", "pa55word", "Password2026", "2026password!", "iloveyou1314", "QQ123456",
            "admin888", "wodemima123", "Teacher2026", "1q2w3e4r"})
    void theMostCommonPasswordsAndTheirVariantsAreRefused(String password) {
        assertThat(policy.problems(password, "someone")).containsAnyOf("identity.password.common",
                "identity.password.repetitive", "identity.password.sequential");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1111111", "aaaaaaa1", "1111111a", "ab12ab12", "xyz1xyz1", "aab11bba", "Zz9Zz9Zz9"})
    void repetitivePasswordsAreRefused(String password) {
        assertThat(policy.problems(password, "someone")).contains("identity.password.repetitive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "abcdefg1", "987654321x", "qwer1234", "asdf5678", "zxcvbnm1", "1234qwer",
            "Abc12345xy", "mnbvcxz9", "poiuy123", "abcabc12", "!@#$qwer1"})
    void keyboardNumberAndAlphabetSequencesAreRefused(String password) {
        assertThat(policy.problems(password, "someone")).contains("identity.password.sequential");
    }

    @Test
    void aPasswordThatOnlyTheShippedListKnowsIsRefused() {
        // no repetition or row of the keyboard: only the list of common passwords can know it
        assertThat(policy.problems("zaq12wsx", "someone")).containsExactly("identity.password.common");
    }
}

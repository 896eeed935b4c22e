package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(
            new IdentityProperties(5, Duration.ofMinutes(15), 100, Duration.ofMinutes(15), Duration.ofDays(30), 8));

    @Test
    void aLongEnoughMixOfLettersAndDigitsPasses() {
        assertThat(policy.problems("Qingshan2026", "teacher.li")).isEmpty();
    }

    @Test
    void eachWeaknessIsNamed() {
        assertThat(policy.problems("abc1", "x")).contains("identity.password.tooShort");
        assertThat(policy.problems("onlyletters", "x")).contains("identity.password.lettersAndDigits");
        assertThat(policy.problems("woaini1314", "x")).contains("identity.password.common");
        assertThat(policy.problems("teacher.li2026", "teacher.li")).contains("identity.password.containsUsername");
    }
}

package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
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

    @Test
    void eachWeaknessIsNamed() {
        assertThat(policy.problems("abc1", "x")).contains("identity.password.tooShort");
        assertThat(policy.problems("onlyletters", "x")).contains("identity.password.lettersAndDigits");
        assertThat(policy.problems("woaini1314", "x")).contains("identity.password.common");
        assertThat(policy.problems("teacher.li2026", "teacher.li")).contains("identity.password.containsUsername");
    }
}

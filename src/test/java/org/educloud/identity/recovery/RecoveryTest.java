package org.educloud.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class RecoveryTest {

    static final String NEW_PASSWORD = "Qiuyu-Lanhua-2027";

    @Autowired
    RecoveringPasswords recovering;
    @Autowired
    CapturedRecoveryCodes mailbox;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private record Person(UserId id, String username, String email) {
    }

    private Person person() {
        String key = Long.toString(System.nanoTime(), 36);
        String email = "recover" + key + "@example.cn";
        var created = identity.create(Scope.installation(), new NewAccount("fx.recover." + key, "找回测试", null, email,
                Role.TEACHER, fixture.a().school().id().value(), "EduCloud2026"), false);
        // recovery codes go only to a proved address (ContactVerificationTest proves one the way people do)
        jdbc.sql("UPDATE identity.account SET email_verified_at = now() WHERE id = ?")
                .param(created.account().id().value()).update();
        return new Person(created.account().id(), created.account().username(), email);
    }

    private long audited(Person person, String action) {
        return jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE actor_id = ? AND action = ?")
                .params(person.id().value(), action).query(Long.class).single();
    }

    @Test
    void aCodeSentToTheAccountsEmailSetsANewPasswordOnceUnderThePolicyAndIsAudited() {
        Person person = person();
        recovering.ask(person.email(), "10.1.0.1");
        assertThat(mailbox.sentTo(person.email())).hasSize(1);
        String code = mailbox.sentTo(person.email()).getFirst();

        assertThat(recovering.reset(person.username(), code, "teacher2026")).as("the usual password policy")
                .isNotEmpty();
        assertThat(recovering.reset(person.username(), code, NEW_PASSWORD)).isEmpty();
        assertThat(identity.changePassword(person.id(), NEW_PASSWORD, NEW_PASSWORD + "x")).isEmpty();
        assertThat(recovering.reset(person.username(), code, "Another-Pass-2028")).as("a code works once")
                .containsExactly("identity.recovery.invalid");
        assertThat(jdbc.sql("SELECT code_hash FROM identity.recovery_code WHERE account_id = ?")
                .param(person.id().value()).query(String.class).list()).as("only the hash is kept")
                .noneMatch(hash -> hash.contains(code));
        assertThat(audited(person, "password.recoveryRequested")).isEqualTo(1);
        assertThat(audited(person, "password.recovered")).isEqualTo(1);
    }

    @Test
    void guessingCodesBurnsTheCodeAndThenLocksTheAccountsRecovery() {
        Person person = person();
        recovering.ask(person.username(), "10.1.0.2");
        String code = mailbox.sentTo(person.email()).getFirst();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < RecoveringPasswords.WRONG_GUESSES_PER_CODE; i++) {
            assertThat(recovering.reset(person.username(), wrong, NEW_PASSWORD))
                    .containsAnyOf("identity.recovery.invalid", "identity.recovery.locked");
        }
        assertThat(recovering.reset(person.username(), code, NEW_PASSWORD)).as("burnt, or the account locked")
                .containsAnyOf("identity.recovery.invalid", "identity.recovery.locked");
        assertThat(recovering.reset(person.username(), code, NEW_PASSWORD)).containsExactly("identity.recovery.locked");
        assertThat(audited(person, "password.recovered")).isZero();
    }

    @Test
    void anAccountGetsAFewCodesAnHourAndNoMore() {
        Person person = person();
        for (int i = 0; i < RecoveringPasswords.CODES_PER_ACCOUNT + 2; i++) {
            assertThat(recovering.ask(person.email(), "10.1.0.3"))
                    .isEqualTo(RecoveringPasswords.Asked.SENT_IF_REACHABLE);
        }
        assertThat(mailbox.sentTo(person.email())).hasSize(RecoveringPasswords.CODES_PER_ACCOUNT);
    }

    @Test
    void oneAddressAskingForManyAccountsIsSlowedDown() {
        String address = "10.1.0." + (10 + System.nanoTime() % 200);
        for (int i = 0; i < RecoveringPasswords.REQUESTS_PER_ADDRESS; i++) {
            recovering.ask("nobody" + i + "@example.cn", address);
        }
        assertThat(recovering.ask("nobody@example.cn", address)).isEqualTo(RecoveringPasswords.Asked.TOO_MANY_FROM_ADDRESS);
    }

    @Test
    void theAnswerIsTheSameWhetherTheAccountExistsOrNot() throws Exception {
        Person person = person();
        for (String login : List.of(person.username(), "no.such.person." + System.nanoTime())) {
            long started = System.nanoTime();
            mvc.perform(post("/recover").param("login", login).with(csrf()))
                    .andExpect(redirectedUrlPattern("/recover/code?login=*"))
                    .andExpect(flash().attribute("notice", "identity.recovery.sentIfReachable"));
            assertThat(System.nanoTime() - started).as("held to the common minimum time")
                    .isGreaterThanOrEqualTo(RecoveringPasswords.MINIMUM_TIME.toNanos());
        }
        assertThat(mvc.perform(post("/recover/code").param("login", "no.such.person").param("code", "123456")
                        .param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
                .andReturn().getResponse().getContentAsString())
                .contains(jdbcMessage());
    }

    /** The wrong-code message as the page shows it in Chinese. */
    private String jdbcMessage() {
        return "验证码不正确或已过期";
    }
}

package org.educloud.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.identity.RecoveryCodeSender.ContactKind;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person proves their own e-mail address with a one-time code; until then, "forgot password" sends nothing there,
 * so an address mistyped by the school never receives someone else's recovery code.
 */
@EduCloudTest
class ContactVerificationTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture fixture;
    @Autowired
    RecoveringPasswords recovering;
    @Autowired
    VerifyingContacts verifying;
    @Autowired
    CapturedRecoveryCodes mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private record Person(UserId id, String email) {
    }

    private Person person() {
        String key = Long.toString(System.nanoTime(), 36);
        String email = "verify" + key + "@example.cn";
        var created = identity.create(Scope.installation(), new NewAccount("fx.verify." + key, "验证测试", null, email,
                Role.PARENT, fixture.a().school().id().value(), "EduCloud2026"), false);
        return new Person(created.account().id(), email);
    }

    @Test
    void recoveryWaitsUntilThePersonProvedTheAddressWithACodeThatWorksOnce() {
        Person person = person();
        recovering.ask(person.email(), "10.2.0.1");
        assertThat(mailbox.sentTo(person.email())).as("an unproved address gets no recovery code").isEmpty();

        verifying.sendCode(person.id(), ContactKind.EMAIL);
        assertThat(mailbox.sentTo(person.email())).hasSize(1);
        String code = mailbox.sentTo(person.email()).getFirst();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(verifying.confirm(person.id(), ContactKind.EMAIL, wrong)).containsExactly("identity.verify.invalid");
        assertThat(verifying.confirm(person.id(), ContactKind.EMAIL, code)).isEmpty();
        assertThat(verifying.confirm(person.id(), ContactKind.EMAIL, code)).as("used once")
                .containsExactly("identity.verify.invalid");
        assertThat(verifying.of(person.id())).filteredOn(c -> c.kind() == ContactKind.EMAIL).singleElement()
                .satisfies(c -> assertThat(c.verified()).isTrue());

        recovering.ask(person.email(), "10.2.0.2");
        assertThat(mailbox.sentTo(person.email())).as("now the recovery code comes").hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE actor_id = ? AND action = 'contact.verified'")
                .param(person.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePersonConfirmsTheirAddressOnTheContactsPageAndAPhoneWithoutAChannelSaysSo() throws Exception {
        Person person = person();
        var me = authentication(fixture.as(person.id()));
        assertThat(page(person)).contains(person.email()).contains("未验证");

        assertThat(mvc.perform(post("/account/contacts/EMAIL/code").with(me).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/account/contacts");
        String code = mailbox.sentTo(person.email()).getLast();
        mvc.perform(post("/account/contacts/EMAIL/verify").param("code", code).with(me).with(csrf()));

        assertThat(page(person)).contains("已验证");
        assertThat(mvc.perform(post("/account/contacts/PHONE/code").with(me).with(csrf())).andReturn()
                .getFlashMap().get("problem")).isEqualTo("identity.verify.noAddress");
    }

    private String page(Person person) throws Exception {
        return mvc.perform(get("/account/contacts").with(authentication(fixture.as(person.id()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

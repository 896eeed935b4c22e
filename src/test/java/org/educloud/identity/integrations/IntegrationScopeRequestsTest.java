package org.educloud.identity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.identity.IntegrationScope;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scopes travel by their wire names (the registration form, token requests, the stored grant) and are
 * {@link IntegrationScope}s inside: every name EduCloud issues reads back as its scope, and a name it does not
 * issue registers nothing.
 */
@EduCloudTest
class IntegrationScopeRequestsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyScopeIsFoundByItsNameOnTheWire() {
        for (IntegrationScope scope : IntegrationScope.values()) {
            assertThat(IntegrationScope.named(scope.uri())).contains(scope);
        }
        assertThat(IntegrationScope.named("https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.readonly"))
                .isEmpty();
    }

    @Test
    void aRegistrationNamingAScopeEduCloudDoesNotIssueIsRefusedWithTheFormsMessage() throws Exception {
        TenantFixture.Side side = fixture.a();
        long before = clients();

        mvc.perform(post("/admin/integrations")
                        .param("name", "手写的请求").param("orgId", String.valueOf(side.school().id().value()))
                        .param("scopes", IntegrationScope.ROSTER_CORE.uri(), "urn:example:scope/everything")
                        .with(authentication(fixture.as(side.person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(anyOf(containsString("请至少选择一项权限范围。"),
                        containsString("Choose at least one scope."))));

        assertThat(clients()).isEqualTo(before);
    }

    private long clients() {
        return jdbc.sql("SELECT count(*) FROM identity.integration_client").query(Long.class).single();
    }
}

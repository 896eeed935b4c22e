package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IntegrationScope;
import org.educloud.records.xapi.XapiVersion;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@EduCloudTest
class XapiAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    IdentityFixture clients;

    @Autowired
    IdentityManagement identity;


    @Autowired
    JdbcClient jdbc;

    @Test
    void aboutNamesTheVersionsToAnyoneAndEveryAnswerCarriesTheVersionHeader() throws Exception {
        mvc.perform(get("/xapi/about"))
                .andExpect(status().isOk())
                .andExpect(header().string(XapiVersion.HEADER, "2.0.0"))
                .andExpect(jsonPath("$.version[0]").value("2.0.0"))
                .andExpect(jsonPath("$.version[1]").value("1.0.3"));
        mvc.perform(get("/xapi/about").header(XapiVersion.HEADER, "1.0.3"))
                .andExpect(header().string(XapiVersion.HEADER, "1.0.3"));
    }

    @Test
    void theRestOfTheStoreWantsAClientsBasicCredentials() throws Exception {
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "2.0.0"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(header().string(XapiVersion.HEADER, "2.0.0"));
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "2.0.0")
                        .with(httpBasic(fixture.a().clientId(), "not the secret")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongSecretsAreThrottledPerClientAndAddressAndAudited() throws Exception {
        var client = clients.registerClient(fixture.a().school().id(), "throttled " + UUID.randomUUID(),
                List.of(IntegrationScope.XAPI_READ));
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 5; i++) {
            mvc.perform(statements(client.clientId(), "wrong " + i, address)).andExpect(status().isUnauthorized());
        }
        // locked at this address, even with the right secret; the client itself works from elsewhere
        mvc.perform(statements(client.clientId(), client.clientSecret(), address)).andExpect(status().isUnauthorized());
        mvc.perform(statements(client.clientId(), client.clientSecret(), "192.0.2.77")).andExpect(status().isOk());
        assertThat(audited(client.clientId(), "FAILURE", address)).isEqualTo(4);
        assertThat(audited(client.clientId(), "THROTTLED", address)).isEqualTo(1);
        // its district's admins see the refusals in the audit log
        assertThat(clients.audited(identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN)), client.clientId(), null))
                .isEqualTo(5);

        // an address that keeps failing with any names at all is slowed down (1 s after its 100 free failures) for
        // every client: the right secret sent at once is refused too
        String flood = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 101; i++) {
            mvc.perform(statements("nobody-" + i + "\u0000", "x", flood)).andExpect(status().isUnauthorized());
        }
        mvc.perform(statements(client.clientId(), client.clientSecret(), flood)).andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder statements(String key, String secret, String address) {
        return get("/xapi/statements").param("limit", "1").header(XapiVersion.HEADER, "2.0.0")
                .with(httpBasic(key, secret)).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private long audited(String clientId, String outcome, String address) {
        return jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'integration.basic-auth' "
                        + "AND target = ? AND outcome = ? AND ip = ?")
                .params(clientId, outcome, address).query(Long.class).single();
    }

    @Test
    void aRequestWithoutASupportedVersionIsRefused() throws Exception {
        mvc.perform(get("/xapi/statements").with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "0.95")
                        .with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret())))
                .andExpect(status().isBadRequest());
    }
}

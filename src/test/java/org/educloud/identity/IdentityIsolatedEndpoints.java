package org.educloud.identity;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.identity.oidc.OidcClientFixture;
import org.educloud.shared.Role;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class IdentityIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/admin/accounts"),
                list("/admin/accounts/new"),
                byId(POST, "/admin/accounts/new", b -> "/admin/accounts/new").param("username", "intruder.made")
                        .param("displayName", "越界").param("role", "TEACHER").param("orgId", b -> b.school().id().toString()),
                byId(GET, "/admin/accounts/{id}", b -> "/admin/accounts/" + b.person(Role.TEACHER)),
                byId(POST, "/admin/accounts/{id}/grants", b -> "/admin/accounts/" + b.person(Role.TEACHER) + "/grants")
                        .param("role", "SCHOOL_ADMIN").param("orgId", b -> b.school().id().toString()),
                byId(POST, "/admin/accounts/{id}/grants/{grantId}/revoke",
                        b -> "/admin/accounts/" + b.person(Role.TEACHER) + "/grants/1/revoke"),
                byId(POST, "/admin/accounts/{id}/disable", b -> "/admin/accounts/" + b.person(Role.TEACHER) + "/disable"),
                byId(POST, "/admin/accounts/{id}/enable", b -> "/admin/accounts/" + b.person(Role.TEACHER) + "/enable"),
                byId(POST, "/admin/accounts/{id}/activation-code",
                        b -> "/admin/accounts/" + b.person(Role.TEACHER) + "/activation-code"),
                byId(POST, "/account/tokens/{id}/revoke", b -> "/account/tokens/" + b.teacherTokenId() + "/revoke"),
                list("/admin/audit"),
                list("/api/v1/accounts"),
                byId(GET, "/api/v1/accounts/{id}", b -> "/api/v1/accounts/" + b.person(Role.TEACHER)),
                byId(POST, "/api/v1/accounts", b -> "/api/v1/accounts").json(b ->
                        "{\"username\":\"intruder.api\",\"displayName\":\"越界\",\"role\":\"TEACHER\",\"orgId\":"
                                + b.school().id() + "}"),
                list("/api/v1/audit"),
                list("/admin/integrations"),
                byId(POST, "/admin/integrations", b -> "/admin/integrations").param("name", "越界")
                        .param("orgId", b -> b.district().id().toString())
                        .param("scopes", IntegrationScope.ROSTER.uri()),
                byId(POST, "/admin/integrations/{id}/revoke", b -> "/admin/integrations/" + b.clientKey() + "/revoke"),
                list("/admin/oidc-clients"),
                byId(POST, "/admin/oidc-clients", b -> "/admin/oidc-clients").param("name", "越界")
                        .param("orgId", b -> b.school().id().toString())
                        .param("redirectUris", "https://apps.example.cn/cb"),
                byId(POST, "/admin/oidc-clients/{id}/revoke",
                        b -> "/admin/oidc-clients/" + OidcClientFixture.get().clientOf(b) + "/revoke"),
                list("/api/v1/oidc-clients"),
                byId(GET, "/api/v1/oidc-clients/{id}", b -> "/api/v1/oidc-clients/" + OidcClientFixture.get().clientOf(b)),
                byId(POST, "/api/v1/oidc-clients/{id}/revoke",
                        b -> "/api/v1/oidc-clients/" + OidcClientFixture.get().clientOf(b) + "/revoke"),
                // registering on the other district's school is refused like any node one does not administer
                byId(POST, "/api/v1/oidc-clients", b -> "/api/v1/oidc-clients").json(b -> "{\"orgId\":"
                        + b.school().id().value() + ",\"name\":\"越界\",\"redirectUris\":[\"https://apps.example.cn/cb\"]}"));
    }

    @Override
    public Map<String, String> exempt() {
        Map<String, String> exempt = new java.util.LinkedHashMap<>(Map.of(
                "GET /login", "public login form",
                "GET /activate", "public activation form; answers only about the code's own account",
                "POST /activate", "public activation; answers only about the code's own account",
                "GET /account", "the caller's own account",
                "GET /account/password", "the caller's own password form",
                "POST /account/password", "changes only the caller's own password",
                "GET /account/tokens", "the caller's own tokens",
                "POST /account/tokens", "creates a token for the caller only",
                "GET /api/v1/me", "the caller's own account",
                "POST /oauth2/token", "authenticates the client itself and answers only with that client's token"));
        exempt.put("POST /admin/oidc-clients/keys/rotate", "the operator's only; rotates the installation's signing key");
        exempt.put("GET /oidc/consent", "the caller's own consent; names only the client asking");
        exempt.put("GET /oidc/refused", "a fixed page saying the app is not for the caller's school");
        return exempt;
    }
}

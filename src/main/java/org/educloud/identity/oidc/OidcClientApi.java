package org.educloud.identity.oidc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenID Connect clients over JSON, for the admins of the nodes they belong to, scoped exactly like the pages (another
 * node's client is 404); errors as problem details. The secret of a confidential client is in the answer to its
 * registration only.
 */
@RestController
@RequestMapping("/api/v1/oidc-clients")
@Tag(name = "OpenID Connect clients", description = "Applications that sign people in with their EduCloud account")
class OidcClientApi {

    /**
     * A client to register. {@code confidential} (a server that keeps a secret) unless false; {@code preApproved}
     * (nobody is asked for consent) only by a bureau admin.
     */
    record OidcClientRequest(@NotNull Long orgId, @NotBlank @Size(max = 64) String name,
                             @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 180) String> redirectUris,
                             @Nullable @Size(max = 5) List<@NotBlank @Size(max = 180) String> postLogoutRedirectUris,
                             @Nullable @Size(max = 3) List<@NotBlank @Size(max = 16) String> scopes,
                             @Nullable Boolean confidential, @Nullable Boolean preApproved) {
    }

    private final OidcClients clients;

    OidcClientApi(OidcClients clients) {
        this.clients = clients;
    }

    @GetMapping
    @Operation(summary = "Clients of the nodes the caller administers, revoked ones included")
    List<OidcClientView> list(Scope scope) {
        return clients.visibleTo(scope);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One client")
    OidcClientView one(Scope scope, @PathVariable String id) {
        return clients.managed(scope, id);
    }

    @PostMapping
    @Operation(summary = "Register a client; the answer holds its secret (a confidential client's), shown this once")
    ResponseEntity<IssuedOidcClient> register(Scope scope, @Valid @RequestBody OidcClientRequest request) {
        IssuedOidcClient issued = clients.register(scope, new OidcClientDraft(OrgId.of(request.orgId()), request.name(),
                request.redirectUris(), request.postLogoutRedirectUris() == null ? List.of()
                        : request.postLogoutRedirectUris(),
                new LinkedHashSet<>(request.scopes() == null ? List.of() : request.scopes()),
                !Boolean.FALSE.equals(request.confidential()), Boolean.TRUE.equals(request.preApproved())));
        return ResponseEntity.created(URI.create("/api/v1/oidc-clients/" + issued.id())).body(issued);
    }

    @PostMapping("/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a client: its registration, authorizations and consents end at once")
    void revoke(Scope scope, @PathVariable String id) {
        clients.revoke(scope, id);
    }
}

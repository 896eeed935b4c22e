package org.educloud.identity.oidc;

import java.util.Optional;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.audit.AuditLog;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Writes every refused OpenID Connect sign-in to the audit log, in a transaction of its own (the refusal itself ends
 * the request's work): who, which client, why, and at which step. The entry belongs to the client's node, so the
 * admins who registered the client see who was turned away from it.
 */
@Component
class RefusedSignIns {

    static final String ACTION = "oidc.signin.refused";
    static final String OUTCOME = "REFUSED";

    /** Where the refusal happened: before any code was issued, or when a code or refresh token was redeemed. */
    enum Step {
        AUTHORIZATION, TOKEN_ISSUANCE
    }

    private final AuditLog audit;
    private final OidcClients clients;

    RefusedSignIns(AuditLog audit, OidcClients clients) {
        this.audit = audit;
        this.clients = clients;
    }

    /** A logged-in person sent to sign in to a client that is revoked or was never registered. */
    void recordUnknownClient(AccountPrincipal person, String clientId) {
        String shown = clientId.length() > 64 ? clientId.substring(0, 64) : clientId;
        Optional<OidcClientView> client = clients.registeredByClientId(shown);
        audit.recordIndependently(person.id(), person.username(), ACTION, OUTCOME,
                client.map(c -> c.clientId() + " " + c.name()).orElse(shown),
                client.map(OidcClientView::orgPath).orElse(null),
                OidcClaims.Refusal.CLIENT_NOT_ALLOWED.name() + " " + Step.AUTHORIZATION.name());
    }

    void record(UserId account, OidcClaims.SignIn signIn, String registeredClientId, Step step) {
        OidcClaims.Refusal refusal = java.util.Objects.requireNonNull(signIn.refusal());
        Optional<OidcClientView> client = clients.registered(registeredClientId);
        audit.recordIndependently(account, signIn.account() == null ? null : signIn.account().username(), ACTION,
                OUTCOME, client.map(c -> c.clientId() + " " + c.name()).orElse(registeredClientId),
                client.map(OidcClientView::orgPath).orElse(null), refusal.name() + " " + step.name());
    }
}

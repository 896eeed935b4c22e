package org.educloud.identity.oidc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * The session registry the authorization server is given: one that knows no session. Spring's own would be an
 * in-memory map per node, while EduCloud's sessions live in the database and requests of one person land on any
 * node; a token issued on one node would then lack the {@code sid} claim that logout on another node demands. So no
 * ID token carries {@code sid}, and RP-initiated logout checks that the ID token's subject is the person logged in.
 */
final class NoSessionRegistry implements SessionRegistry {

    @Override
    public List<Object> getAllPrincipals() {
        return List.of();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return List.of();
    }

    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        return null;
    }

    @Override
    public void refreshLastRequest(String sessionId) {
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
    }

    @Override
    public void removeSessionInformation(String sessionId) {
    }
}

package org.educloud.identity.oidc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.support.LiveFixtures;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.TenantFixture;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * An OpenID Connect client on each fixture side's school, named with the side's marker, made once: what the isolation
 * matrix asks the other side about (a list showing it to the other side is caught by its name). Kept statically, as
 * the isolation endpoints are plain objects built by the test.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class OidcClientFixture {

    private static final LiveFixtures<OidcClientFixture> LIVE = new LiveFixtures<>();

    private final OidcClients clients;
    private final IdentityManagement identity;
    private final Map<String, String> made = new HashMap<>();

    OidcClientFixture(OidcClients clients, IdentityManagement identity) {
        this.clients = clients;
        this.identity = identity;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    /** The registration id of the side's client. */
    public synchronized String clientOf(TenantFixture.Side side) {
        return made.computeIfAbsent(side.key(), key -> clients.register(
                identity.scopeOf(side.person(Role.SCHOOL_ADMIN)), new OidcClientDraft(side.school().id(),
                        "fx." + key + ".oidc", List.of("https://apps.example.cn/fx/" + key), List.of(), Set.of("profile"),
                        true, false)).id());
    }

    public static OidcClientFixture get() {
        return LIVE.current();
    }
}

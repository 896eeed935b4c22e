package org.educloud.identity.oidc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.TenantFixture;

/** Client applications and people of the tests' own, on the fixture's sides (never its shared accounts). */
record OidcApps(OidcClients clients, IdentityManagement identity, int port) {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    record Person(UserId id, String username, String phone) {
    }

    /** A teacher account of the side's school of the test's own, with a phone and an e-mail address. */
    Person teacherOf(TenantFixture.Side side) {
        int n = UNIQUE.incrementAndGet();
        String username = "oidc" + side.key() + n + "x" + (System.nanoTime() % 100000);
        String phone = String.format("137%08d", (System.nanoTime() / 1000 + n) % 100_000_000);
        UserId id = identity.create(Scope.installation(), new NewAccount(username, "欧阳" + username, phone,
                username + "@example.edu.cn", Role.TEACHER, side.school().id().value(), TenantFixture.PASSWORD),
                false).account().id();
        return new Person(id, username, phone);
    }

    /** An app of the side's school that the operator pre-approved: no consent page. */
    RelyingParty preApprovedApp(TenantFixture.Side side, Set<String> scopes) {
        return appOf(clients.register(Scope.installation(), draft(side, scopes, true)));
    }

    static OidcClientDraft draft(TenantFixture.Side side, Set<String> scopes, boolean preApproved) {
        return new OidcClientDraft(side.school().id(), "作业应用", List.of(RelyingParty.REDIRECT),
                List.of(RelyingParty.SIGNED_OUT), scopes, true, preApproved);
    }

    RelyingParty appOf(IssuedOidcClient issued) {
        return new RelyingParty(port, issued.clientId(), issued.clientSecret());
    }
}

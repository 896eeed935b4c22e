package org.educloud.identity;

import java.util.Collection;
import org.educloud.identity.audit.AuditLog;
import org.educloud.identity.audit.AuditQuery;
import org.educloud.identity.integrations.IntegrationClients;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Identity's rows other modules' tests need and identity's API does not offer: integration clients registered by
 * the installation's operator (the OneRoster and xAPI tests authenticate as them) and the audit log as an admin reads
 * it. Those tests go through here, not through identity's slices, so the slices can change without breaking them.
 */
@Component
// only the whole application's tests use it; identity's module context stays as it was
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class IdentityFixture {

    /** A registered client: its row id (for revoking it) and the credentials it authenticates with. */
    public record Client(long id, String clientId, String clientSecret) {
    }

    private final IntegrationClients clients;
    private final AuditLog audit;

    IdentityFixture(IntegrationClients clients, AuditLog audit) {
        this.clients = clients;
        this.audit = audit;
    }

    /** A new integration client of the org with these scopes, registered by the installation's operator. */
    public Client registerClient(OrgId org, String name, Collection<IntegrationScope> scopes) {
        var issued = clients.register(Scope.installation(), org, name, scopes);
        return new Client(issued.id(), issued.clientId(), issued.clientSecret());
    }

    /** Revokes the client as the installation's operator, which ends its tokens at once. */
    public void revokeClient(long id) {
        clients.revoke(Scope.installation(), id);
    }

    /** How many entries of the audit log the viewer sees with this actor and this action (null: any). */
    public long audited(Scope viewer, @Nullable String actor, @Nullable String action) {
        return audit.search(viewer, new AuditQuery(actor, action, null, null), 0, 1).total();
    }
}

package org.educloud.identity.integrations;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A registered integration client as admins see it: never its secret. */
public record IntegrationClientView(long id, String clientId, String name, OrgId orgId, OrgPath orgPath,
                                    List<String> scopes, Instant createdAt, @Nullable Instant lastUsedAt,
                                    boolean revoked) {
}

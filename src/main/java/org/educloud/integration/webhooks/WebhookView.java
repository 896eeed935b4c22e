package org.educloud.integration.webhooks;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A subscription as its admins see it (never its secret, only the secret's last characters). */
public record WebhookView(long id, OrgId orgId, OrgPath orgPath, String name, String url, List<EventKind> kinds,
                          String secretHint, String status, int consecutiveFailures, @Nullable Instant disabledAt,
                          @Nullable String disabledReason, Instant createdAt, @Nullable Instant secretRotatedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean receives(EventKind kind) {
        return kinds.contains(kind);
    }
}

package org.educloud.identity;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An account as lists and pages show it; the phone and email here are already masked where the viewer needs that. */
public record AccountView(UserId id, String username, String displayName, @Nullable String phone,
                          @Nullable String email, AccountStatus status, boolean mustChangePassword,
                          OrgPath homeOrgPath, List<GrantView> grants, @Nullable Instant lastLoginAt) {
}

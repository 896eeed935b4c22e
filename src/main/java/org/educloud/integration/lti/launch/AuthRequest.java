package org.educloud.integration.lti.launch;

import org.jspecify.annotations.Nullable;

/** The tool's OIDC authentication request, as received (query or form). */
record AuthRequest(@Nullable String scope, @Nullable String responseType, @Nullable String responseMode,
                   @Nullable String prompt, @Nullable String clientId, @Nullable String redirectUri,
                   @Nullable String loginHint, @Nullable String ltiMessageHint, @Nullable String state,
                   @Nullable String nonce) {
}

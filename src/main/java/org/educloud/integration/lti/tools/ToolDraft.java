package org.educloud.integration.lti.tools;

import org.jspecify.annotations.Nullable;

/** The registration form: redirect URIs one per line; the deep-linking URL is optional. */
record ToolDraft(@Nullable String name, @Nullable String deploymentId, @Nullable String loginUrl,
                 @Nullable String launchUrl, @Nullable String deepLinkingUrl, @Nullable String redirectUris,
                 @Nullable String jwksUrl) {
}

package org.educloud.integration.lti.launch;

import org.jspecify.annotations.Nullable;

/** What the browser posts to the tool's redirect URI: the signed id_token and the tool's state, echoed. */
record IdTokenPost(String redirectUri, String idToken, @Nullable String state) {
}

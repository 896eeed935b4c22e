/** The launch: third-party initiated login towards the tool, the tool's authentication request back, and the auto-posted signed id_token with the LTI claims (resource link and deep-linking requests alike). */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.launch;

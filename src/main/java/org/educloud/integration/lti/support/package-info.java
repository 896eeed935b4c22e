/** What several LTI slices share: settings, the LTI claim names, the tools' keys fetched from their JWKS URLs through the address guard, one-time values and their nightly clean-up, the services' paging, and the service tokens. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.support;

/**
 * Plugging other applications into the platform: signed webhooks that tell a subscriber of its node's events, and
 * LTI 1.3 tools launched from courses that hand grades back. Single sign-on itself (the OpenID Connect provider) lives
 * in identity, which owns the accounts it signs in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "learning", "library", "records", "equity"})
@org.jspecify.annotations.NullMarked
package org.educloud.integration;

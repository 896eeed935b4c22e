/**
 * Technical wiring only: the embedded PostgreSQL for the one-command run, the security filter chains, MVC and
 * i18n configuration, scope resolution per request, and error rendering (pages and RFC 9457 problem details).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform wiring",
        allowedDependencies = {"shared", "tenancy", "identity"})
@org.jspecify.annotations.NullMarked
package org.educloud.platform;

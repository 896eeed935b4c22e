/**
 * Who may do what: accounts, login with throttling, one-time activation codes for imported people, role grants
 * on org nodes (from which every request's {@link org.educloud.shared.Scope} is computed), personal API tokens
 * and the audit log of security-relevant actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = {"shared", "tenancy"})
@org.jspecify.annotations.NullMarked
package org.educloud.identity;

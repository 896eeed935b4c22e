/**
 * What people see first: the public portal, the page shell (navigation by role, language switch) and each
 * role's home page, composed from the other modules' facades. Nothing depends on this module, so this package holds
 * no types: the pages live in {@code welcome} (the public portal), {@code shell} (navigation and language switch around
 * every page) and {@code homes} (each role's home page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "learning", "equity", "homeschool"})
@org.jspecify.annotations.NullMarked
package org.educloud.portal;

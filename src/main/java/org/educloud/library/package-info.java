/**
 * The resource library ("quality resources to every class"): resources with versioned files kept once per
 * content hash in the configured storage, the curriculum catalogue they are tagged with, the review workflow
 * that decides how far a resource spreads, and visibility by sharing scope. Other modules store files through
 * {@link org.educloud.library.StoredFiles}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource library",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "records"})
@org.jspecify.annotations.NullMarked
package org.educloud.library;

/**
 * The resource library ("quality resources to every class"): resources with versioned files kept once per
 * content hash in the configured storage, the curriculum catalogue they are tagged with, the review workflow
 * that decides how far a resource spreads, and visibility by sharing scope. Other modules store files through
 * {@link org.educloud.library.StoredFiles}.
 *
 * <p>This package is the module's API only: the facades other modules call ({@code ResourceLibrary},
 * {@code Curriculum}, {@code ClassPushes}, {@code Engagement}, {@code StoredFiles}, {@code UsageFigures}) and the
 * records and enums in their signatures. The work is done in vertical slices beside it: {@code resources} (the
 * {@code Resource} aggregate, access rule, authoring, queries, pages and API), {@code review}, {@code files}
 * (upload checks, reading, downloads), {@code previews}, {@code storage}, {@code search} (Lucene behind the one
 * port {@code ResourceSearch}), {@code catalogue}, {@code pushes} and {@code engagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource library",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "records"})
@org.jspecify.annotations.NullMarked
package org.educloud.library;

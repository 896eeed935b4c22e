/**
 * The org tree of an installation: region bureaus, district bureaus and their schools, with each school's
 * national code, stages, locality and status. Every owned row elsewhere carries one of these nodes' ids and
 * paths; {@link org.educloud.tenancy.TenancyManagement} answers which nodes a caller's scope covers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy (org tree)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.educloud.tenancy;

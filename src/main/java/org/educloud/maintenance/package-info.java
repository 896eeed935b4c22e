/**
 * Collaborative operation and maintenance (协同运维): the equipment of each school and room, fault tickets triaged from
 * school IT to district operations to outside vendors under SLA timers, a searchable knowledge base of fixes, and the
 * bureau's view of the platform's own health.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operation and maintenance",
        allowedDependencies = {"shared", "tenancy", "identity", "learning", "network", "library"})
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance;

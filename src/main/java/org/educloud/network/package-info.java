/**
 * Broadband to every school (宽带网络校校通): each school's connectivity (access, contracted bandwidth, campus network,
 * multimedia classrooms) with its history, the school-side probe's heartbeats and measurements, outages and
 * degradations detected from them, and the bureau's connectivity dashboard and status wall. Its figures also feed
 * equity monitoring's digital-resource balance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School networks",
        allowedDependencies = {"shared", "tenancy", "identity", "learning", "roster"})
@org.jspecify.annotations.NullMarked
package org.educloud.network;

/**
 * The platform's own operations, as the bureau sees them: a status page (each health component, the backlog of event
 * publications not yet completed, imports that failed and were not redone, free storage where the platform keeps its
 * data) and the gauges of the event backlog that the shipped Prometheus alert rules and Grafana dashboard read.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.status;

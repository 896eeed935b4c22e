/**
 * Outages (no heartbeat for several intervals) and degradations (measured download below a share of the contracted
 * bandwidth for a period) of a school's line: detected by one node at a time, closed when the line recovers,
 * published as the module's incident events and told to the school's admins and the district's operations staff.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.incidents;

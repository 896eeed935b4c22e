/**
 * The status wall of the schools a bureau or its operations staff look after (up, degraded, down, never reported),
 * a school's recent line readings and incidents, and availability per month by school and by locality, all read
 * from roll-ups and incidents rather than raw samples.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.status;

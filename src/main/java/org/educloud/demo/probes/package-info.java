/**
 * The demo schools' line history: thirty days of hourly probe roll-ups and incidents, steady fibre in town, a rural
 * school with a flaky satellite line (outages and slow evenings, one outage still open), loaded through the network
 * module's {@code LineHistory}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.probes;

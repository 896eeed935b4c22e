/**
 * What probes send: batches of heartbeats and measurements checked and stored once each (by the probe's sequence
 * numbers), with the sample's time ruled by the server's receive time; daily partitions kept ahead and dropped past
 * retention, and the hourly and daily roll-ups every page reads instead of raw rows.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.measurements;

/**
 * School probes: the one-time enrolment codes a school or district admin issues, the probes enrolled with them and
 * their credentials (stored as SHA-256, sent in the Authorization header, revocable), the probe API's own security
 * filter chain, and the bounded, rate-limited test endpoints the probe measures latency and throughput against.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.probes;

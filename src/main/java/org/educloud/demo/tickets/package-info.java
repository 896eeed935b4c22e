/**
 * The demo's collaborative O&M: a network company serving 临江区 with the vendor account {@code vendor.hx}, a
 * computer shop serving 青山县, and a few fault tickets in each state at the demo schools, reported, triaged,
 * assigned, resolved, confirmed, rated and reopened through the tickets' own use cases.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.tickets;

/**
 * Request admission: how many requests a node works on at once, in all and per client, decided before any request
 * reads the database, so that a crowd is answered 503 or 429 with {@code Retry-After} within seconds instead of
 * queueing inside the connection pool (ADR 31).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.admission;

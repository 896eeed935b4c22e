package org.educloud.platform.runtime;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests a node works on at once before any of them touches the database (ADR 31).
 *
 * @param maxInFlight requests in flight on the node at once; 0 means four per connection of the database pool
 *                    ({@code spring.datasource.hikari.maximum-pool-size}, 10 by default, so 40)
 * @param perClient requests one signed-in session or one token may have in flight at once
 * @param perAddress requests one address may have in flight at once when they carry no session or token (a school
 *                   signs in from one address, so this is larger)
 * @param queueWait how long a request waits for its turn before it is answered 503 (or 429 when it is its own
 *                  client's earlier requests it waits for)
 * @param retryAfter the {@code Retry-After} of those answers, and of a database that is unavailable
 * @param databaseTimeout how long a request's query may wait for the database to answer before its connection is
 *                        given up and the request is answered 503 (a frozen server, a hung host); 0 for no limit.
 *                        Background work (imports, exports, index rebuilds, migrations) has none
 */
@ConfigurationProperties("educloud.platform.requests")
@Validated
public record RequestLimitProperties(
        @DefaultValue("0") @Min(0) int maxInFlight,
        @DefaultValue("6") @Min(1) int perClient,
        @DefaultValue("20") @Min(1) int perAddress,
        @DefaultValue("3s") Duration queueWait,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("10s") Duration databaseTimeout) {

    /** Connections of the database pool each in-flight request may be counted against, when no limit is set. */
    public static final int IN_FLIGHT_PER_CONNECTION = 4;

    /** {@code Retry-After} in whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

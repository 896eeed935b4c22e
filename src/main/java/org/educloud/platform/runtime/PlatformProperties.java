package org.educloud.platform.runtime;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Platform settings. The embedded database is used whenever no {@code spring.datasource.url} is configured.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code X-Forwarded-*} headers are
 *                       believed (none by default: a client's own forwarded headers are ignored)
 * @param embeddedDataDirectory where the embedded PostgreSQL keeps its files between runs
 * @param cleanEmbeddedData start from an empty database (tests)
 * @param embeddedDurable run the embedded server with fsync, synchronous commit and full-page writes on, so that what
 *        it answered as committed survives a crash or a power cut; off only for throw-away databases
 * @param timeZone the zone in which dates are shown and days begin
 * @param uploadsPerPerson how many uploads one person (or, signed out, one address) may have in progress at once
 *                         on a node; one more is answered 429
 * @param eventListenerThreads how many asynchronous event listeners run at once on a node; further events wait in a
 *                             queue (each listener holds a pooled connection while it works)
 */
@ConfigurationProperties("educloud.platform")
@Validated
public record PlatformProperties(
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("data/postgres") Path embeddedDataDirectory,
        @DefaultValue("false") boolean cleanEmbeddedData,
        @DefaultValue("true") boolean embeddedDurable,
        @DefaultValue("Asia/Shanghai") String timeZone,
        @DefaultValue("2") @Min(1) int uploadsPerPerson,
        @DefaultValue("4") @Min(1) int eventListenerThreads) {
}

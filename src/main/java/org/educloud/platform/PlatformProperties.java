package org.educloud.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Platform settings. The embedded database is used whenever no {@code spring.datasource.url} is configured.
 *
 * @param embeddedDataDirectory where the embedded PostgreSQL keeps its files between runs
 * @param cleanEmbeddedData start from an empty database (tests)
 * @param timeZone the zone in which dates are shown and days begin
 * @param uploadsPerPerson how many uploads one person (or, signed out, one address) may have in progress at once
 *                         on a node; one more is answered 429
 */
@ConfigurationProperties("educloud.platform")
@Validated
public record PlatformProperties(
        @DefaultValue("data/postgres") Path embeddedDataDirectory,
        @DefaultValue("false") boolean cleanEmbeddedData,
        @DefaultValue("Asia/Shanghai") String timeZone,
        @DefaultValue("2") @jakarta.validation.constraints.Min(1) int uploadsPerPerson) {
}

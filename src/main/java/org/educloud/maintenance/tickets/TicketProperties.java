package org.educloud.maintenance.tickets;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The tickets' settings ({@code educloud.maintenance.tickets.*}): per priority, how soon someone must respond and how
 * soon the fault must be fixed; how long a reporter may reopen a resolved ticket; and the bounds on the photos a
 * report carries, checked before a byte of them is read.
 */
@ConfigurationProperties("educloud.maintenance.tickets")
public record TicketProperties(Map<TicketPriority, Duration> responseWithin, Map<TicketPriority, Duration> resolveWithin,
                               Duration reopenWithin, int maxPhotos, DataSize maxPhotoSize) {

    public TicketProperties {
        responseWithin = complete(responseWithin, Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8),
                Duration.ofHours(24));
        resolveWithin = complete(resolveWithin, Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(72),
                Duration.ofDays(7));
        reopenWithin = reopenWithin == null ? Duration.ofDays(7) : reopenWithin;
        maxPhotos = maxPhotos <= 0 ? 6 : maxPhotos;
        maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(10) : maxPhotoSize;
    }

    public Duration responseWithin(TicketPriority priority) {
        return responseWithin.get(priority);
    }

    public Duration resolveWithin(TicketPriority priority) {
        return resolveWithin.get(priority);
    }

    /** The configured targets over the defaults, so a setting may name only the priorities it changes. */
    private static Map<TicketPriority, Duration> complete(Map<TicketPriority, Duration> configured, Duration critical,
                                                          Duration high, Duration normal, Duration low) {
        Map<TicketPriority, Duration> all = new EnumMap<>(Map.of(TicketPriority.CRITICAL, critical,
                TicketPriority.HIGH, high, TicketPriority.NORMAL, normal, TicketPriority.LOW, low));
        if (configured != null) {
            configured.forEach((priority, within) -> {
                if (within.isNegative() || within.isZero()) {
                    throw new IllegalArgumentException("A ticket target must be positive: " + priority);
                }
                all.put(priority, within);
            });
        }
        return Map.copyOf(all);
    }
}

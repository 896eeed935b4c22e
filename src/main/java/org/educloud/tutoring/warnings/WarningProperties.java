package org.educloud.tutoring.warnings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the early-warning list.
 *
 * @param chronicAbsenceShare a student is on the list when they missed more than this share of their recorded
 *                            school days without leave (0.10: more than 10 %)
 * @param chronicAbsenceDays  over how many past days (today included) that share is counted
 */
@ConfigurationProperties("educloud.tutoring.warnings")
public record WarningProperties(@DefaultValue("0.10") double chronicAbsenceShare,
                                @DefaultValue("60") int chronicAbsenceDays) {

    public WarningProperties {
        chronicAbsenceShare = Math.clamp(chronicAbsenceShare, 0.0, 1.0);
        chronicAbsenceDays = Math.max(1, chronicAbsenceDays);
    }
}

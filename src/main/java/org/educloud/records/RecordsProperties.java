package org.educloud.records;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the learning record store.
 *
 * @param homePage   the installation's public address: the home page of the accounts platform people act under in
 *                   statements, and the prefix of the stable activity IRIs; set it to the real address in production
 * @param monthsAhead how many monthly statement partitions exist ahead of the current month
 */
@ConfigurationProperties("educloud.records")
public record RecordsProperties(@DefaultValue("https://educloud.example") String homePage,
                                @DefaultValue("2") int monthsAhead) {
}

package org.educloud.records.xapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the learning record store.
 *
 * @param homePage           the installation's public address: the home page of the accounts platform people act
 *                           under in statements, and the prefix of the stable activity IRIs; set it to the real
 *                           address in production
 * @param monthsAhead        how many monthly statement partitions exist ahead of the current month
 * @param maxStatementsSize  the statements of one request (one statement or a batch, as JSON)
 * @param maxBatch           how many statements one request may carry
 * @param maxDocumentSize    one state, activity profile or agent profile document
 * @param maxAttachmentsSize the attachment contents of one request, all parts together
 */
@ConfigurationProperties("educloud.records")
public record RecordsProperties(@DefaultValue("https://educloud.example") String homePage,
                                @DefaultValue("2") int monthsAhead,
                                @DefaultValue("4MB") DataSize maxStatementsSize,
                                @DefaultValue("1000") int maxBatch,
                                @DefaultValue("1MB") DataSize maxDocumentSize,
                                @DefaultValue("32MB") DataSize maxAttachmentsSize) {

    public RecordsProperties {
        if (maxBatch < 1 || maxStatementsSize.toBytes() < 1 || maxDocumentSize.toBytes() < 1
                || maxAttachmentsSize.toBytes() < 0) {
            throw new IllegalArgumentException("educloud.records: the request limits must be positive");
        }
    }
}

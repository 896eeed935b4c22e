package org.educloud.integration.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: HMAC-SHA256 with the subscription's secret over the timestamp header, a dot and
 * the exact body, in lower-case hex. The timestamp inside the signed text lets a receiver refuse a replayed old
 * delivery without trusting an unsigned header.
 */
final class Signatures {

    static final String ID = "EduCloud-Webhook-Id";
    static final String KIND = "EduCloud-Webhook-Kind";
    static final String TIMESTAMP = "EduCloud-Webhook-Timestamp";
    static final String SIGNATURE = "EduCloud-Webhook-Signature";

    private Signatures() {
    }

    /** The header value, {@code v1=<hex>}; a new scheme would come as v2 beside it. */
    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package org.educloud.records.xapi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed statement carries a JWS (RFC 7515, compact form) whose payload is the statement as it was before the
 * signature was attached. The LRS refuses a JWS it cannot read, an algorithm other than RS256/RS384/RS512, a payload
 * that is not that statement, and, when the JWS names its certificate ({@code x5c}), a signature that does not
 * verify with it.
 */
final class StatementSignature {

    private static final Map<String, String> ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatementSignature() {
    }

    static void verify(JsonNode statement, byte[] jws) {
        String[] sections = new String(jws, StandardCharsets.US_ASCII).strip().split("\\.", -1);
        if (sections.length != 3) {
            throw invalid("it is not a JWS in compact form");
        }
        JsonNode header = json(decode(sections[0]), "its header");
        String algorithm = header.path("alg").asString("");
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw invalid("the algorithm must be RS256, RS384 or RS512, not '" + algorithm + "'");
        }
        JsonNode payload = json(decode(sections[1]), "its payload");
        if (!(payload instanceof ObjectNode signed) || !samePayload(statement, signed)) {
            throw invalid("its payload is not this statement");
        }
        if (header.path("x5c").isArray() && !header.get("x5c").isEmpty()) {
            checkWithCertificate(header.get("x5c").get(0).asString(), ALGORITHMS.get(algorithm),
                    (sections[0] + "." + sections[1]).getBytes(StandardCharsets.US_ASCII), decode(sections[2]));
        }
    }

    /** The payload is the statement before the signature was attached, and before the LRS completed it. */
    private static boolean samePayload(JsonNode statement, ObjectNode payload) {
        ObjectNode received = (ObjectNode) statement.deepCopy();
        ObjectNode signed = payload.deepCopy();
        received.remove("attachments");
        signed.remove("attachments");
        if (!signed.has("id")) {
            received.remove("id");
        }
        return SameStatement.as(received, signed);
    }

    private static void checkWithCertificate(String certificate, String algorithm, byte[] signedBytes, byte[] sig) {
        try {
            X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(certificate)));
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(x509.getPublicKey());
            verifier.update(signedBytes);
            if (!verifier.verify(sig)) {
                throw invalid("its signature does not verify with the certificate in x5c");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw invalid("its x5c certificate or signature cannot be read");
        }
    }

    private static byte[] decode(String section) {
        try {
            return Base64.getUrlDecoder().decode(section);
        } catch (IllegalArgumentException e) {
            throw invalid("a section is not base64url");
        }
    }

    private static JsonNode json(byte[] bytes, String what) {
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw invalid(what + " is not valid JSON");
        }
    }

    private static InvalidStatement invalid(String why) {
        return new InvalidStatement("statement signature: " + why);
    }
}

package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.educloud.records.xapi.XapiVersion;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Statements with attachments travel as multipart/mixed; signed statements carry a JWS as an attachment. */
@EduCloudTest
class XapiAttachmentsTest {

    private static final String BOUNDARY = "educloud-test-boundary";
    private static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttachmentSentAsAPartIsStoredOnceAndReturnedWhenAskedFor() throws Exception {
        byte[] worksheet = "分数练习：1/2 + 1/4 = ?".getBytes(StandardCharsets.UTF_8);
        String id = UUID.randomUUID().toString();
        String statement = statement(id, attachment("http://educloud.example/usage/worksheet", "text/plain",
                worksheet));
        mvc.perform(as(post("/xapi/statements"), body(statement, "text/plain", worksheet)))
                .andExpect(status().isOk());

        var answer = mvc.perform(as(get("/xapi/statements").param("statementId", id).param("attachments", "true")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("multipart/mixed")))
                .andReturn().getResponse();
        String returned = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(returned).contains("\"id\":\"" + id + "\"")
                .contains("X-Experience-API-Hash: " + sha256(worksheet))
                .contains("分数练习");
        mvc.perform(as(get("/xapi/statements").param("statementId", id)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")));
    }

    @Test
    void aMissingExcessOrAlteredPartRefusesTheWholeRequest() throws Exception {
        byte[] content = "worksheet".getBytes(StandardCharsets.UTF_8);
        long before = stored();
        String declared = statement(UUID.randomUUID().toString(), attachment("http://e.c/u", "text/plain", content));
        // declared but not sent
        mvc.perform(as(post("/xapi/statements"), multipart(part("application/json", null, declared.getBytes(
                        StandardCharsets.UTF_8)))))
                .andExpect(status().isBadRequest());
        // sent with a hash that does not match its bytes
        mvc.perform(as(post("/xapi/statements"), multipart(
                        part("application/json", null, declared.getBytes(StandardCharsets.UTF_8)),
                        part("text/plain", sha256(content), "tampered".getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isBadRequest());
        // an attachment without fileUrl in a JSON request
        mvc.perform(as(post("/xapi/statements")).contentType("application/json").content(declared))
                .andExpect(status().isBadRequest());
        // multipart/form-data is not how xAPI sends attachments
        mvc.perform(as(post("/xapi/statements")).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(declared))
                .andExpect(status().isBadRequest());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSignedStatementIsAcceptedWithAnRsaJwsOfItselfAndRefusedOtherwise() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String id = UUID.randomUUID().toString();
        String unsigned = statement(id, null);
        byte[] good = jws("RS256", unsigned, keys);
        mvc.perform(as(post("/xapi/statements"), signed(id, good))).andExpect(status().isOk());

        String other = UUID.randomUUID().toString();
        mvc.perform(as(post("/xapi/statements"), signed(other, jws("HS256", statement(other, null), keys))))
                .andExpect(status().isBadRequest());
        String third = UUID.randomUUID().toString();
        mvc.perform(as(post("/xapi/statements"), signed(third, jws("RS256", statement(UUID.randomUUID().toString(),
                        null), keys))))
                .andExpect(status().isBadRequest());
    }

    private byte[] signed(String id, byte[] signature) {
        String statement = statement(id, "{\"usageType\":\"" + SIGNATURE + "\",\"display\":{\"en-US\":\"signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + signature.length + ",\"sha2\":\""
                + sha256(signature) + "\"}");
        return body(statement, "application/octet-stream", signature);
    }

    private static byte[] jws(String algorithm, String payload, KeyPair keys) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(("{\"alg\":\"" + algorithm + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return (signingInput + "." + b64.encodeToString(rsa.sign())).getBytes(StandardCharsets.US_ASCII);
    }

    private static String statement(String id, String attachment) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:wang@x.cn\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/attempted\"},\"object\":{\"id\":\"https://educloud.example/q/1\"}"
                + (attachment == null ? "" : ",\"attachments\":[" + attachment + "]") + "}";
    }

    private static String attachment(String usage, String type, byte[] content) {
        return "{\"usageType\":\"" + usage + "\",\"display\":{\"zh-CN\":\"练习\"},\"contentType\":\"" + type
                + "\",\"length\":" + content.length + ",\"sha2\":\"" + sha256(content) + "\"}";
    }

    private static byte[] body(String statement, String type, byte[] content) {
        return multipart(part("application/json", null, statement.getBytes(StandardCharsets.UTF_8)),
                part(type, sha256(content), content));
    }

    private static byte[] part(String type, String hash, byte[] content) {
        String headers = "Content-Type: " + type + "\r\n" + (hash == null ? ""
                : "Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + hash + "\r\n") + "\r\n";
        byte[] head = ("--" + BOUNDARY + "\r\n" + headers).getBytes(StandardCharsets.UTF_8);
        byte[] part = new byte[head.length + content.length + 2];
        System.arraycopy(head, 0, part, 0, head.length);
        System.arraycopy(content, 0, part, head.length, content.length);
        part[part.length - 2] = '\r';
        part[part.length - 1] = '\n';
        return part;
    }

    private static byte[] multipart(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, byte[] multipart) {
        return as(request).contentType("multipart/mixed; boundary=" + BOUNDARY).content(multipart);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(XapiVersion.HEADER, "2.0.0")
                .with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret()));
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM records.statement").query(Long.class).single();
    }
}

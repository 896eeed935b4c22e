package org.educloud.records;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.educloud.records.xapi.XapiVersion;
import org.educloud.support.TenantFixture;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An LRS client of the tenant fixture (bound to its side's district), speaking xAPI 2.0 through MockMvc. */
record LrsClient(MockMvc mvc, String key, String secret) {

    static final String VERB = "http://adlnet.gov/expapi/verbs/completed";

    static LrsClient of(MockMvc mvc, TenantFixture.Side side) {
        return new LrsClient(mvc, side.clientId(), side.clientSecret());
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(XapiVersion.HEADER, "2.0.0").with(httpBasic(key, secret));
    }

    ResultActions put(String id, String statement) throws Exception {
        return mvc.perform(as(MockMvcRequestBuilders.put("/xapi/statements").param("statementId", id)).contentType(MediaType.APPLICATION_JSON)
                .content(statement));
    }

    ResultActions post(String statements) throws Exception {
        return mvc.perform(as(MockMvcRequestBuilders.post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statements));
    }

    /** GET /xapi/statements with these parameters, given as name, value, name, value… */
    ResultActions get(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = as(MockMvcRequestBuilders.get("/xapi/statements"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    /** A new statement stored under a fresh id, returned. */
    String stores(String statement) throws Exception {
        String id = UUID.randomUUID().toString();
        put(id, statement).andExpect(result -> {
            if (result.getResponse().getStatus() != 204) {
                throw new AssertionError("storing answered " + result.getResponse().getStatus() + ": "
                        + result.getResponse().getContentAsString());
            }
        });
        return id;
    }

    /** POSTs a statement with one attachment part, as multipart/mixed. */
    ResultActions postWithAttachment(String statement, String contentType, byte[] content) throws Exception {
        String boundary = "lrs-client-boundary";
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--"
                + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: " + sha256(content) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return mvc.perform(as(MockMvcRequestBuilders.post("/xapi/statements"))
                .contentType("multipart/mixed; boundary=" + boundary).content(body.toByteArray()));
    }

    /** A statement of {@code mbox} declaring one attachment, carried as a part or (given a fileUrl) not. */
    static String withAttachment(String id, String mbox, byte[] content, String fileUrl) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"" + VERB + "\"},"
                + "\"object\":{\"id\":\"https://educloud.example/resources/42\"},\"attachments\":[{\"usageType\":"
                + "\"http://id.tincanapi.com/attachment/supporting_media\",\"display\":{\"zh-CN\":\"作业\"},"
                + "\"contentType\":\"text/plain\",\"length\":" + content.length + ",\"sha2\":\"" + sha256(content) + "\""
                + (fileUrl == null ? "" : ",\"fileUrl\":\"" + fileUrl + "\"") + "}]}";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String statement(String mbox, String verb, String activity) {
        return "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
    }

    static String statement(String mbox) {
        return statement(mbox, VERB, "https://educloud.example/resources/42");
    }

    static String voiding(String target) {
        return "{\"actor\":{\"mbox\":\"mailto:teacher@x.cn\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
    }

    static String referring(String target, String verb) {
        return "{\"actor\":{\"mbox\":\"mailto:probe@x.cn\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
    }
}

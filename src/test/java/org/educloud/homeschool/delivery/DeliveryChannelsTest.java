package org.educloud.homeschool.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outside channels against real servers started here: an SMTP server (GreenMail) and an HTTP stand-in for Aliyun. */
class DeliveryChannelsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private MailChannel mailTo(String from) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new MailChannel(sender, from);
    }

    @Test
    void aNoticeEmailReachesEveryParentThroughTheSmtpServerWithoutShowingTheOthersAddresses() throws Exception {
        mailTo("notices@school.example.cn").send(List.of("wang.mama@example.cn", "li.baba@example.cn"),
                "家校通知：秋游安排", "请登录平台查看并回执：http://localhost:8080/homeschool/notices/1");

        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("家校通知：秋游安排");
            assertThat(message.getRecipients(Message.RecipientType.BCC)).as("the BCC header is not sent").isNull();
            assertThat(((String) message.getContent()).strip()).contains("/homeschool/notices/1");
        }
        assertThat(received).as("each parent's copy, and the school's own under To").hasSize(3);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("notices@school.example.cn");
    }

    @Test
    void withoutASenderAddressOrAServerEmailIsOffAndSendsNothing() {
        assertThat(new MailChannel(null, "notices@school.example.cn").configured()).isFalse();
        assertThat(mailTo(" ").configured()).isFalse();
        assertThatThrownBy(() -> mailTo("").send(List.of("a@example.cn"), "s", "t")).isInstanceOf(DeliveryFailed.class);
    }

    /** The example of Aliyun's documentation of its signature ("HTTP协议及签名"), with its published result. */
    @Test
    void theAliyunSignatureMatchesAliyunsDocumentedExample() {
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", "testId");
        params.put("Action", "SendSms");
        params.put("Format", "XML");
        params.put("OutId", "123");
        params.put("PhoneNumbers", "15300000001");
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", "阿里云短信测试专用");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", "SMS_71390007");
        params.put("TemplateParam", "{\"customer\":\"test\"}");
        params.put("Timestamp", "2017-07-12T02:42:19Z");
        params.put("Version", "2017-05-25");

        assertThat(AliyunSms.percentEncoded(AliyunSms.signature(params, "testSecret")))
                .isEqualTo("zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D");
    }

    @Test
    void aTextGoesToAliyunSignedAndARefusalIsReported() throws Exception {
        List<Map<String, String>> requests = new ArrayList<>();
        String[] answer = {"{\"Message\":\"OK\",\"RequestId\":\"r1\",\"Code\":\"OK\",\"BizId\":\"b1\"}"};
        HttpServer aliyun = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        aliyun.createContext("/", exchange -> {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            requests.add(query);
            byte[] body = answer[0].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        aliyun.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + aliyun.getAddress().getPort() + "/");
            AliyunSms sms = new AliyunSms(new DeliveryProperties(URI.create("http://localhost:8080"), null,
                    new DeliveryProperties.Sms(endpoint, "LTAIexample", "secretExample", "某某教育云", "SMS_100000001", null),
                    new DeliveryProperties.Messages(1000, 30)),
                    Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));

            sms.send(List.of("13800000001", "13800000002", "13800000001"), "关于秋游的通知");

            assertThat(requests).singleElement().satisfies(q -> {
                assertThat(q).containsEntry("Action", "SendSms").containsEntry("PhoneNumbers", "13800000001,13800000002")
                        .containsEntry("SignName", "某某教育云").containsEntry("TemplateCode", "SMS_100000001")
                        .containsEntry("TemplateParam", "{\"title\":\"关于秋游的通知\"}")
                        .containsEntry("Timestamp", "2026-12-07T08:00:00Z");
                Map<String, String> signed = new TreeMap<>(q);
                String signature = signed.remove("Signature");
                assertThat(signature).isEqualTo(AliyunSms.signature(signed, "secretExample"));
            });

            answer[0] = "{\"Message\":\"触发天级流控\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}";
            assertThatThrownBy(() -> sms.send(List.of("13800000001"), "提醒")).isInstanceOf(DeliveryFailed.class)
                    .hasMessageContaining("BUSINESS_LIMIT_CONTROL");
        } finally {
            aliyun.stop(0);
        }
    }

    @Test
    void anUnconfiguredGatewaySaysSoAndSendsNothing() {
        AliyunSms sms = new AliyunSms(new DeliveryProperties(URI.create("http://localhost:8080"), null,
                new DeliveryProperties.Sms(URI.create("https://dysmsapi.aliyuncs.com/"), null, null, null, null, null),
                new DeliveryProperties.Messages(1000, 30)),
                Clock.systemUTC());
        assertThat(sms.configured()).isFalse();
        assertThatThrownBy(() -> sms.send(List.of("13800000001"), "x")).isInstanceOf(DeliveryFailed.class);
    }
}

package org.educloud.homeschool.delivery;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the home–school module's outside channels. E-mail also needs Spring's own {@code spring.mail.host}
 * (and port, user, password) for the SMTP server; without it no mail sender exists and e-mail stays off.
 *
 * @param publicUrl where people reach the platform, for the links in e-mails and texts
 * @param mailFrom  the sender address of notice e-mails; e-mail is off without it
 * @param sms       the text-message gateway
 * @param messages  limits of one-to-one messages between teachers and parents
 */
@ConfigurationProperties("educloud.homeschool")
public record DeliveryProperties(@DefaultValue("http://localhost:8080") URI publicUrl, @Nullable String mailFrom,
                                 @DefaultValue Sms sms, @DefaultValue Messages messages) {

    /**
     * @param maxLength the longest message in characters (at most 2000, what the table holds)
     * @param perHour   how many messages one person may send in an hour, across all their threads
     */
    public record Messages(@DefaultValue("1000") int maxLength, @DefaultValue("30") int perHour) {

        public Messages {
            maxLength = Math.clamp(maxLength, 1, 2000);
            perHour = Math.max(1, perHour);
        }
    }

    /**
     * Aliyun SMS (阿里云短信服务, API version 2017-05-25). Off until an access key is set. The template must be
     * approved by Aliyun beforehand and take one variable, {@code ${title}}, e.g. 「您有一条新的家校通知：${title}，请登录平台查看。」
     *
     * @param endpoint        the API's address; Aliyun's public one by default
     * @param accessKeyId     a RAM user's access key allowed to send SMS
     * @param accessKeySecret its secret
     * @param signName        the approved signature (短信签名), e.g. 「某某教育云」
     * @param templateCode    the approved template, e.g. {@code SMS_123456789}
     * @param codeTemplateCode the approved verification-code template (验证码模板) with one variable
     *                        {@code ${code}}, for password recovery; without it codes go by e-mail only
     */
    public record Sms(@DefaultValue("https://dysmsapi.aliyuncs.com/") URI endpoint, @Nullable String accessKeyId,
                      @Nullable String accessKeySecret, @Nullable String signName, @Nullable String templateCode,
                      @Nullable String codeTemplateCode) {

        public boolean sendsCodes() {
            return configured() && present(codeTemplateCode);
        }

        public boolean configured() {
            return present(accessKeyId) && present(accessKeySecret) && present(signName) && present(templateCode);
        }

        private static boolean present(@Nullable String value) {
            return value != null && !value.isBlank();
        }
    }
}

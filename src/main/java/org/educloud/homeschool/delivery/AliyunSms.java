package org.educloud.homeschool.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Aliyun's SMS service (dysmsapi, {@code SendSms}, version 2017-05-25) called over HTTPS with the RPC signature
 * Aliyun documents: the parameters sorted by name, each percent-encoded (RFC 3986, so a space is {@code %20} and
 * {@code ~} stays), joined, and signed with HMAC-SHA1 under the access key secret plus {@code &}. Done by hand
 * rather than with Aliyun's SDK, which would bring its own HTTP and JSON stacks for one GET request.
 */
@Component
class AliyunSms implements SmsGateway {

    /** Aliyun takes up to 1000 numbers, comma-separated, in one request. */
    static final int MOST_PER_REQUEST = 1000;
    /** Template variables are limited in length by Aliyun; a longer title is cut. */
    static final int MOST_TITLE = 20;

    private static final Pattern CODE = Pattern.compile("\"Code\"\\s*:\\s*\"([^\"]*)\"");

    private final DeliveryProperties.Sms settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AliyunSms(DeliveryProperties properties, Clock clock) {
        this.settings = properties.sms();
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String provider() {
        return "Aliyun SMS";
    }

    @Override
    public void send(Collection<String> phones, String title) {
        if (!configured()) {
            throw new DeliveryFailed("Aliyun SMS is not configured");
        }
        var numbers = phones.stream().distinct().toList();
        for (int from = 0; from < numbers.size(); from += MOST_PER_REQUEST) {
            String batch = String.join(",", numbers.subList(from, Math.min(from + MOST_PER_REQUEST, numbers.size())));
            String cut = title.length() > MOST_TITLE ? title.substring(0, MOST_TITLE) : title;
            request(batch, Objects.requireNonNull(settings.templateCode()), "{\"title\":\"" + jsonEscaped(cut) + "\"}");
        }
    }

    @Override
    public boolean sendsCodes() {
        return settings.sendsCodes();
    }

    @Override
    public void sendCode(String phone, String code) {
        if (!sendsCodes()) {
            throw new DeliveryFailed("Aliyun SMS has no verification-code template configured");
        }
        request(phone, Objects.requireNonNull(settings.codeTemplateCode()), "{\"code\":\"" + jsonEscaped(code) + "\"}");
    }

    private void request(String phoneNumbers, String templateCode, String templateParam) {
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", Objects.requireNonNull(settings.accessKeyId()));
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("PhoneNumbers", phoneNumbers);
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", Objects.requireNonNull(settings.signName()));
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", templateCode);
        params.put("TemplateParam", templateParam);
        params.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        params.put("Version", "2017-05-25");
        String query = "Signature=" + percentEncoded(signature(params, Objects.requireNonNull(settings.accessKeySecret())))
                + "&" + canonical(params);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.endpoint() + "?" + query))
                .timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailed("Aliyun SMS could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("Interrupted while sending SMS", e);
        }
        Matcher code = CODE.matcher(response.body());
        if (response.statusCode() != 200 || !code.find() || !code.group(1).equals("OK")) {
            throw new DeliveryFailed("Aliyun SMS refused the message: HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** The signature of a GET request with these parameters (the Signature itself not among them). */
    static String signature(Map<String, String> params, String secret) {
        String toSign = "GET&" + percentEncoded("/") + "&" + percentEncoded(canonical(params));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }

    static String canonical(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> percentEncoded(e.getKey()) + "=" + percentEncoded(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String percentEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

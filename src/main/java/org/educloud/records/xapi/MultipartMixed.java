package org.educloud.records.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * RFC 2046 multipart/mixed as xAPI uses it for statements with attachments: the statements as the first part,
 * then one part per attachment. Reading is strict, because a sloppy reading would store a statement whose
 * attachment silently went missing; every departure is an {@link InvalidStatement} saying what is wrong.
 */
final class MultipartMixed {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final byte[] CRLF = {'\r', '\n'};

    /** One part: its headers (names lower-cased) and its bytes. */
    record Part(Map<String, String> headers, byte[] body) {

        @Nullable String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The media type without parameters, lower-cased; empty when the part has no Content-Type. */
        String mediaType() {
            String type = header("Content-Type");
            return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        }
    }

    private MultipartMixed() {
    }

    static boolean isMultipartMixed(@Nullable String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
    }

    static List<Part> read(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new InvalidStatement("Content-Type: multipart/mixed needs a boundary parameter");
        }
        byte[] delimiter = ("--" + (m.group(2) != null ? m.group(2) : m.group(1))).getBytes(StandardCharsets.US_ASCII);
        int first = indexOf(body, delimiter, 0);
        if (first < 0 || (first > 0 && !precededByLineBreak(body, first))) {
            throw new InvalidStatement("multipart body: the first boundary line is missing");
        }
        List<Part> parts = new ArrayList<>();
        int position = first + delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return parts;
            }
            position = skipLineBreak(body, position);
            int next = indexOf(body, concat(CRLF, delimiter), position);
            if (next < 0) {
                throw new InvalidStatement("multipart body: a part is not closed by a boundary line");
            }
            parts.add(part(Arrays.copyOfRange(body, position, next)));
            position = next + CRLF.length + delimiter.length;
        }
    }

    /** Writes parts with a boundary the caller chose; each part's headers are written in the given order. */
    static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            part.headers().forEach((name, value) ->
                    out.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes(CRLF);
            out.writeBytes(part.body());
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Part part(byte[] raw) {
        int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        boolean noHeaders = startsWith(raw, 0, CRLF);
        if (end < 0 && !noHeaders) {
            throw new InvalidStatement("multipart body: a part's headers are not ended by an empty line");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int bodyStart = noHeaders ? CRLF.length : end + 4;
        if (!noHeaders) {
            for (String line : new String(raw, 0, end, StandardCharsets.UTF_8).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new InvalidStatement("multipart body: '" + line + "' is not a part header");
                }
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Part(headers, Arrays.copyOfRange(raw, bodyStart, raw.length));
    }

    private static boolean precededByLineBreak(byte[] body, int index) {
        return index >= 2 && body[index - 2] == '\r' && body[index - 1] == '\n';
    }

    private static int skipLineBreak(byte[] body, int position) {
        // Transport padding (spaces, tabs) may follow a boundary before its line break.
        int i = position;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        if (!startsWith(body, i, CRLF)) {
            throw new InvalidStatement("multipart body: a boundary line must end with CRLF");
        }
        return i + CRLF.length;
    }

    private static boolean startsWith(byte[] body, int position, byte[] prefix) {
        if (position + prefix.length > body.length) {
            return false;
        }
        return Arrays.equals(body, position, position + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = from; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}

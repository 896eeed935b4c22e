package org.educloud.library.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.RuleViolationException;

/**
 * Refuses a GIF that is also a script. A GIF/JS polyglot ({@code GIF89a/*…*\/=alert(1);}) opens a script comment
 * with the bytes of its logical screen size, so that the image data is commented out, and puts its code after the
 * image's end or in a comment block; loaded with {@code <script src>} from our origin it would run as ours. The
 * blocks are walked from header to trailer: comment openers in the header or an image descriptor, script-like
 * text in comment, plain-text and application blocks, or anything but padding after the trailer refuse the file.
 * No real picture needs any of those. The image data itself is not judged (ADR 11 says what that leaves).
 */
final class GifScripts {

    /** Text no GIF needs in its metadata blocks, and which a polyglot's script needs somewhere. */
    private static final List<String> SCRIPT_MARKS = List.of("*/", "`", "<script", "<!--");
    private static final int MAX_BLOCK_TEXT = 64 * 1024;

    private GifScripts() {
    }

    static void check(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            byte[] header = in.readNBytes(13);
            if (header.length < 13) {
                return;
            }
            // from the signature's last letter on: "a/*" or "a//" opens a comment that hides the binary after it
            if (opensComment(header, 5)) {
                throw refused();
            }
            if ((header[10] & 0x80) != 0) {
                in.skipNBytes(3L << ((header[10] & 7) + 1));
            }
            walkBlocks(in);
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c != 0) {
                    throw refused();
                }
            }
        } catch (java.io.EOFException truncated) {
            // a truncated GIF hides nothing after its end; browsers show what there is
        }
    }

    private static void walkBlocks(InputStream in) throws IOException {
        while (true) {
            int block = in.read();
            switch (block) {
                case -1, 0x3B -> {
                    return;
                }
                case 0x21 -> {
                    int label = readByte(in);
                    String text = subBlocks(in, label == 0xFE || label == 0x01 || label == 0xFF);
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (SCRIPT_MARKS.stream().anyMatch(lower::contains)) {
                        throw refused();
                    }
                }
                case 0x2C -> {
                    byte[] descriptor = in.readNBytes(9);
                    if (descriptor.length < 9) {
                        return;
                    }
                    if (opensComment(descriptor, 0)) {
                        throw refused();
                    }
                    if ((descriptor[8] & 0x80) != 0) {
                        in.skipNBytes(3L << ((descriptor[8] & 7) + 1));
                    }
                    readByte(in);
                    subBlocks(in, false);
                }
                default -> throw refused();
            }
        }
    }

    /** Reads data sub-blocks to their terminator; answers their text (up to a bound) when {@code keep}. */
    private static String subBlocks(InputStream in, boolean keep) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int length = readByte(in); length > 0; length = readByte(in)) {
            byte[] data = in.readNBytes(length);
            if (data.length < length) {
                throw new java.io.EOFException();
            }
            if (keep && text.size() < MAX_BLOCK_TEXT) {
                text.write(data);
            }
        }
        return text.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean opensComment(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '/' && (bytes[i + 1] == '*' || bytes[i + 1] == '/')) {
                return true;
            }
        }
        return false;
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new java.io.EOFException();
        }
        return b;
    }

    private static RuleViolationException refused() {
        return new RuleViolationException("library.error.imageScript");
    }
}

package org.educloud.library.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.educloud.shared.RuleViolationException;

/**
 * Refuses a PDF that would run something when opened or used: JavaScript ({@code /JS}, {@code /JavaScript}, which
 * also names the document's scripts), additional actions ({@code /AA}: on opening a page, on entering a field, …),
 * launch actions and XFA forms (scriptable); an {@code /OpenAction} that runs JavaScript carries {@code /JS}.
 * Refusing is simpler and safer than stripping (ADR 11). Two looks: the raw bytes outside strings and streams,
 * with {@code #}-escaped names decoded, which also covers files that do not parse (a lenient viewer may still
 * repair and run them); and, where PDFBox parses the file, every object it has, including those packed into
 * compressed object streams, within a fixed budget of objects, visits and time; an object stream is inflated and
 * measured by {@link PdfObjectStreams} before PDFBox may decode it. A PDF that cannot be checked is refused (fail
 * closed): one locked with an opening password (nobody else could open it from the library anyway), and one with
 * streams that PDFBox cannot parse. A file without any stream that does not parse is accepted: the raw look has
 * then seen all of it.
 */
final class PdfActiveContent {

    static final Set<String> ACTIVE_NAMES = Set.of("JS", "JavaScript", "AA", "Launch", "XFA");
    static final int MAX_OBJECTS = 500_000;
    /** Dictionaries and arrays looked into: a long book has a few hundred thousand. */
    static final long MAX_VISITS = 5_000_000;
    private static final int MAX_DEPTH = 64;
    /** Time for the whole check, the parse included: a hostile file ends as too complex, not as a stuck request. */
    static final Duration MAX_CHECK_TIME = Duration.ofSeconds(30);
    private static final byte[] END_OF_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    private PdfActiveContent() {
    }

    static void check(Path file) throws IOException {
        RawLook raw = lookAtRawBytes(file);
        if (raw.active()) {
            throw new RuleViolationException("library.error.pdfActiveContent");
        }
        long deadline = System.nanoTime() + MAX_CHECK_TIME.toNanos();
        PDDocument document;
        try {
            document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new RuleViolationException("library.error.pdfLocked");
        } catch (IOException unparsable) {
            // the raw look has seen every byte outside streams; what a stream may hide is only known by parsing
            if (raw.streams()) {
                throw new RuleViolationException("library.error.pdfUnreadable");
            }
            return;
        }
        try (document) {
            COSDocument objects = document.getDocument();
            var keys = new ArrayList<COSObjectKey>(objects.getXrefTable().keySet());
            if (keys.size() > MAX_OBJECTS) {
                throw new RuleViolationException("library.error.pdfTooComplex");
            }
            PdfObjectStreams.measure(objects, deadline);
            Walk walk = new Walk(deadline);
            walk.visit(objects.getTrailer(), 0);
            for (COSObjectKey key : keys) {
                walk.visit(objects.getObjectFromPool(key).getObject(), 0);
            }
        } catch (RuleViolationException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // PDFBox failing on an object it was asked for: that object could not be checked
            throw new RuleViolationException("library.error.pdfUnreadable");
        }
    }

    /** Visits dictionaries and arrays written inside an object; references are visited as objects of their own. */
    private static final class Walk {

        private final long deadline;
        private long visits;

        Walk(long deadline) {
            this.deadline = deadline;
        }

        void visit(COSBase value, int depth) {
            if ((value instanceof COSDictionary || value instanceof COSArray)
                    && (++visits > MAX_VISITS || depth > MAX_DEPTH
                    || visits % 1024 == 0 && System.nanoTime() - deadline > 0)) {
                throw new RuleViolationException("library.error.pdfTooComplex");
            }
            if (value instanceof COSDictionary dictionary) {
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    String key = entry.getKey().getName();
                    if (ACTIVE_NAMES.contains(key) || key.equals("S") && entry.getValue() instanceof COSName action
                            && ACTIVE_NAMES.contains(action.getName())) {
                        throw new RuleViolationException("library.error.pdfActiveContent");
                    }
                    visit(entry.getValue(), depth + 1);
                }
            } else if (value instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    visit(array.get(i), depth + 1);
                }
            }
        }
    }

    /** Whether a name of {@link #ACTIVE_NAMES} appears as a name token outside strings, comments and streams. */
    static boolean activeNameInRawBytes(Path file) throws IOException {
        return lookAtRawBytes(file).active();
    }

    /** What the raw bytes show: an active name outside strings, comments and streams; whether there are streams. */
    record RawLook(boolean active, boolean streams) {
    }

    private static RawLook lookAtRawBytes(Path file) throws IOException {
        boolean streams = false;
        try (PushbackInputStream in = new PushbackInputStream(
                new BufferedInputStream(Files.newInputStream(file), 64 * 1024), 1)) {
            StringBuilder word = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (regular(c)) {
                    if (word.length() < 16) {
                        word.append((char) c);
                    }
                    continue;
                }
                if (word.toString().equals("stream")) {
                    streams = true;
                    skipTo(in, END_OF_STREAM);
                }
                word.setLength(0);
                switch (c) {
                    case '%' -> skipLine(in);
                    case '(' -> skipString(in);
                    case '<' -> {
                        int next = in.read();
                        if (next == '<') {
                            continue;
                        }
                        if (next >= 0) {
                            in.unread(next);
                        }
                        skipTo(in, new byte[] {'>'});
                    }
                    case '/' -> {
                        if (ACTIVE_NAMES.contains(name(in))) {
                            return new RawLook(true, streams);
                        }
                    }
                    default -> {
                        // whitespace and the other delimiters separate tokens
                    }
                }
            }
            return new RawLook(false, streams);
        }
    }

    /** A name token's text after its slash, with {@code #xx} escapes decoded. */
    private static String name(PushbackInputStream in) throws IOException {
        StringBuilder name = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (!regular(c)) {
                in.unread(c);
                break;
            }
            if (c == '#') {
                int high = Character.digit(in.read(), 16);
                int low = Character.digit(in.read(), 16);
                c = high < 0 || low < 0 ? '#' : high * 16 + low;
            }
            if (name.length() < 32) {
                name.append((char) c);
            }
        }
        return name.toString();
    }

    private static void skipLine(InputStream in) throws IOException {
        for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
            // a comment runs to the end of its line
        }
    }

    private static void skipString(InputStream in) throws IOException {
        int depth = 1;
        while (depth > 0) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            if (c == '\\') {
                in.read();
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    private static void skipTo(InputStream in, byte[] end) throws IOException {
        int matched = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            matched = c == end[matched] ? matched + 1 : c == end[0] ? 1 : 0;
            if (matched == end.length) {
                return;
            }
        }
    }

    private static boolean regular(int c) {
        return switch (c) {
            case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> false;
            default -> true;
        };
    }
}

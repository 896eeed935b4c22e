package org.educloud.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.educloud.shared.RuleViolationException;

/**
 * Measures a PDF's compressed object streams before PDFBox decodes them: PDFBox inflates an object stream whole, in
 * memory, the first time one of its objects is asked for, and a few hundred kilobytes of deflated blanks become a
 * gigabyte. Each stream is inflated here through a fixed buffer and only counted; one beyond
 * {@link #MAX_DECODED_BYTES}, all of them beyond {@link #MAX_TOTAL_DECODED_BYTES}, or one compressed otherwise than
 * with Flate alone (which every producer uses for them) leaves the PDF refused as too complex.
 */
final class PdfObjectStreams {

    /** The objects of a long book fit in a few megabytes, decoded. */
    static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    static final long MAX_TOTAL_DECODED_BYTES = 128L * 1024 * 1024;

    private PdfObjectStreams() {
    }

    static void measure(COSDocument document, long deadline) throws IOException {
        // the cross-reference table marks an object kept in an object stream with that stream's number, negated
        Set<Long> streams = new TreeSet<>();
        document.getXrefTable().values().forEach(offset -> {
            if (offset != null && offset < 0) {
                streams.add(-offset);
            }
        });
        long total = 0;
        for (long number : streams) {
            COSBase object = document.getObjectFromPool(new COSObjectKey(number, 0)).getObject();
            if (!(object instanceof COSStream stream)) {
                continue;
            }
            total += inflated(stream, deadline);
            if (total > MAX_TOTAL_DECODED_BYTES) {
                throw tooComplex();
            }
        }
    }

    private static long inflated(COSStream stream, long deadline) throws IOException {
        COSBase filters = stream.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filters) || filters instanceof COSArray array && array.size() == 1
                && COSName.FLATE_DECODE.equals(array.getObject(0));
        if (filters == null) {
            return stream.getLength();
        }
        if (!flate) {
            throw tooComplex();
        }
        Inflater inflater = new Inflater();
        byte[] input = new byte[16 * 1024];
        byte[] output = new byte[64 * 1024];
        long decoded = 0;
        try (InputStream raw = stream.createRawInputStream()) {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int read = raw.read(input);
                    if (read < 0) {
                        break;
                    }
                    inflater.setInput(input, 0, read);
                }
                int n = inflater.inflate(output);
                decoded += n;
                if (decoded > MAX_DECODED_BYTES || System.nanoTime() - deadline > 0) {
                    throw tooComplex();
                }
                if (n == 0 && inflater.needsDictionary()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            // PDFBox stops decoding at a broken stream too: what it would see is what was counted
        } finally {
            inflater.end();
        }
        return decoded;
    }

    private static RuleViolationException tooComplex() {
        return new RuleViolationException("library.error.pdfTooComplex");
    }
}

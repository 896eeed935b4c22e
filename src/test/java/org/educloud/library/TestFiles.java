package org.educloud.library;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small real files for upload tests, built in memory. */
final class TestFiles {

    private TestFiles() {
    }

    /** A PDF of these objects (numbered from 1, the first the catalog) with a correct cross-reference table. */
    static byte[] pdf(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj").append(objects[i]).append("endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer<</Size ").append(objects.length + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The 313-byte PDF of issue 22: one page 160 points wide and 400,000 tall. */
    static byte[] tallPdf() {
        return pdf("<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 160 400000]>>");
    }
}

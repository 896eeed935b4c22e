package org.educloud.library.previews;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A PDF renderer that stops at its deadline, or when its thread is interrupted. PDFBox itself never looks at
 * either, so a cancelled preview of a page of millions of operators would go on drawing, and two such files would
 * keep both preview workers busy for good: here every operator and every glyph drawn first checks the time.
 */
final class PreviewRenderer extends PDFRenderer {

    private final long deadline;

    /** @param deadline in {@link System#nanoTime()} terms */
    PreviewRenderer(PDDocument document, long deadline) {
        super(document);
        this.deadline = deadline;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                checkTime();
                super.processOperator(operator, operands);
            }

            @Override
            protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                    throws IOException {
                checkTime();
                super.showFontGlyph(matrix, font, code, displacement);
            }
        };
    }

    private void checkTime() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
            throw new InterruptedIOException("the preview's time is up");
        }
    }
}

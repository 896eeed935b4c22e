/** Making PDFs with PDFBox: the CJK font they embed. */
@org.jspecify.annotations.NullMarked
package org.educloud.shared.pdf;

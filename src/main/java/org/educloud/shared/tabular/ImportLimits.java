package org.educloud.shared.tabular;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tools.jackson.core.StreamReadConstraints;

/**
 * How much any import may make the server read, whatever the importer (the roster's files, OneRoster zips, the
 * equity survey spreadsheet, the library's catalogue, and those to come): beyond a limit the file is refused with
 * a problem that names it, before it can take the memory or the time of the node. Sizes of zip entries are what
 * they really inflate to, counted while inflating, never what the zip declares (see ADR 7).
 *
 * @param maxFileSize         the uploaded file as received
 * @param maxEntries          entries in a zip (the parts of an XLSX workbook, the files of a OneRoster set)
 * @param maxEntrySize        one entry once inflated
 * @param maxUnpackedSize     all entries of a zip together once inflated
 * @param maxCompressionRatio how many times its compressed size an entry may inflate to, once it passes 1 MB
 * @param maxSharedStrings    strings in an XLSX workbook's shared-strings part, which its reader keeps in memory
 * @param maxSharedStringChars characters of all those strings together
 * @param maxColumns          cells in a row (and the highest column a cell may name)
 * @param maxRows             rows in a file (each import also has its own, lower limit)
 * @param maxCellLength       characters in one cell (Excel's own limit is 32 767)
 * @param maxLineLength       characters in one CSV record
 * @param maxDocumentSize     a document read whole, such as a JSON catalogue
 * @param maxDocumentTokens   JSON tokens (names, values, brackets) in such a document
 */
@ConfigurationProperties("educloud.roster.imports")
@Validated
public record ImportLimits(@DefaultValue("200MB") DataSize maxFileSize,
                           @DefaultValue("1000") @Positive int maxEntries,
                           @DefaultValue("512MB") DataSize maxEntrySize,
                           @DefaultValue("2GB") DataSize maxUnpackedSize,
                           @DefaultValue("200") @Positive int maxCompressionRatio,
                           @DefaultValue("500000") @Positive int maxSharedStrings,
                           @DefaultValue("10000000") @Positive long maxSharedStringChars,
                           @DefaultValue("1024") @Positive int maxColumns,
                           @DefaultValue("10000000") @Positive int maxRows,
                           @DefaultValue("32767") @Positive int maxCellLength,
                           @DefaultValue("262144") @Positive int maxLineLength,
                           @DefaultValue("8MB") DataSize maxDocumentSize,
                           @DefaultValue("1000000") @Positive long maxDocumentTokens) {

    /** Whether an upload of this many bytes is refused before it is read at all. */
    public boolean tooLarge(long uploadedBytes) {
        return uploadedBytes > maxFileSize.toBytes();
    }

    /** The file-size limit as people read it, for messages ("200MB"). */
    public String fileSizeText() {
        return maxFileSize.toMegabytes() + " MB";
    }

    /** The same limits for a JSON document parsed whole: its size, its tokens, its nesting and its strings. */
    public StreamReadConstraints jsonConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentSize.toBytes())
                .maxTokenCount(maxDocumentTokens)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxDocumentSize.toBytes()))
                .maxNestingDepth(64)
                .build();
    }
}

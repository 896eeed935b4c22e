package org.educloud.equity.reports;

/** A finished export's file, ready to send. */
public record ExportedFile(String fileName, String contentType, byte[] content) {
}

package org.educloud.library;

/**
 * A file's content as stored: its SHA-256 (the storage key), size, the media type sniffed from its bytes, and the
 * name it was uploaded under (cleaned).
 */
public record StoredFile(String sha256, long size, String mediaType, String fileName) {
}

package org.educloud.library;

import java.io.InputStream;

/**
 * Bytes of a stored file being read: the whole file or one range of it. The caller closes the stream.
 *
 * @param offset where {@code content} starts within the file
 * @param length how many bytes {@code content} holds
 * @param size   the whole file's size
 */
public record FileContent(InputStream content, long offset, long length, long size, String mediaType,
                          String fileName, String sha256) {

    public boolean partial() {
        return length < size;
    }
}

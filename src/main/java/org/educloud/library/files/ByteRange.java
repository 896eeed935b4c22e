package org.educloud.library.files;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One byte range of a file, from an HTTP {@code Range} header ({@code bytes=0-499}, {@code bytes=500-},
 * {@code bytes=-500}). Several ranges in one header are answered with the whole file, which HTTP allows and no
 * player or download manager needs otherwise.
 */
record ByteRange(long offset, long length) {

    /** The range asked for; empty for the whole file; {@link Unsatisfiable} when it lies outside the file. */
    static Optional<ByteRange> parse(@Nullable String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).strip();
            String last = spec.substring(dash + 1).strip();
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0) {
                    throw new Unsatisfiable();
                }
                long length = Math.min(suffix, size);
                return Optional.of(new ByteRange(size - length, length));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            if (start >= size || end < start) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(start, end - start + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 416: the range starts beyond the end of the file. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }
}

package org.educloud.shared.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Every entry of an uploaded zip (an XLSX workbook, a OneRoster set), read through limits that count the bytes the
 * entries really inflate to: the sizes a zip declares are whatever its author wrote, so they are never trusted.
 * Entries are found through the central directory with commons-compress, the reader fastexcel-reader uses, so what
 * is checked here is what that library will read later; two entries of one name are refused, so that it cannot pick
 * one that was not checked.
 */
public final class ZipEntries {

    /** Below this, an entry may inflate by any ratio: tiny parts (a repeated style) compress extremely well. */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    /** Reads one entry; whatever it leaves unread is inflated and counted afterwards. */
    public interface EntryReader {
        void read(ZipArchiveEntry entry, InputStream content) throws IOException;
    }

    private ZipEntries() {
    }

    /**
     * Reads each entry in the order they are stored. Throws {@link TabularFile.Refused} as soon as a limit is passed
     * (before the next buffer is inflated), and {@link IOException} when the file is not a readable zip.
     */
    public static void read(Path zip, ImportLimits limits, EntryReader reader) throws IOException {
        // The reader keeps every entry of the central directory in memory, and a directory of millions of empty
        // entries fits in a small upload: what it may read while opening is bounded, about 2 KB an entry.
        Opening channel = new Opening(FileChannel.open(zip, StandardOpenOption.READ),
                limits.maxEntries() * 2048L + 128 * 1024, limits.maxEntries());
        try (channel; ZipFile file = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            channel.opened();
            List<ZipArchiveEntry> entries = Collections.list(file.getEntriesInPhysicalOrder());
            if (entries.size() > limits.maxEntries()) {
                throw refused("roster.import.limit.entries", String.valueOf(limits.maxEntries()));
            }
            Set<String> names = new HashSet<>();
            long[] total = {0};
            for (ZipArchiveEntry entry : entries) {
                if (!names.add(entry.getName())) {
                    throw refused("roster.import.limit.duplicateEntry", entry.getName());
                }
                if (!file.canReadEntryData(entry)) {
                    throw new IOException("encrypted or unsupported entry " + entry.getName());
                }
                try (InputStream content = new Inflating(file.getInputStream(entry), entry, limits, total)) {
                    // a parser closes what it reads at its end; the rest is still to be counted here
                    reader.read(entry, new FilterInputStream(content) {
                        @Override
                        public void close() {
                        }
                    });
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
    }

    /** The zip file, whose bytes read until it is opened are counted against a budget. */
    private static final class Opening implements SeekableByteChannel {

        private final FileChannel file;
        private final int maxEntries;
        private long budget;
        private boolean opened;

        Opening(FileChannel file, long budget, int maxEntries) {
            this.file = file;
            this.budget = budget;
            this.maxEntries = maxEntries;
        }

        void opened() {
            opened = true;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            int n = file.read(destination);
            if (!opened && n > 0 && (budget -= n) < 0) {
                throw refused("roster.import.limit.entries", String.valueOf(maxEntries));
            }
            return n;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public SeekableByteChannel position(long position) throws IOException {
            file.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private static TabularFile.Refused refused(String messageKey, String... arguments) {
        return new TabularFile.Refused(ImportProblem.ofFile(messageKey, arguments));
    }

    /** An entry's inflated bytes, counted as they are read, against its own and the zip's limits. */
    private static final class Inflating extends FilterInputStream {

        private final ZipArchiveEntry entry;
        private final ImportLimits limits;
        private final long[] total;
        private long read;

        Inflating(InputStream in, ZipArchiveEntry entry, ImportLimits limits, long[] total) {
            super(in);
            this.entry = entry;
            this.limits = limits;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipping inflates just the same: count it
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            total[0] += n;
            long entryLimit = limits.maxEntrySize().toBytes();
            long zipLimit = limits.maxUnpackedSize().toBytes();
            int ratio = limits.maxCompressionRatio();
            if (read > entryLimit) {
                throw refused("roster.import.limit.entrySize", entry.getName(), megabytes(entryLimit));
            }
            if (total[0] > zipLimit) {
                throw refused("roster.import.limit.unpackedSize", megabytes(zipLimit));
            }
            if (read > RATIO_FREE_BYTES && read > Math.max(1, entry.getCompressedSize()) * ratio) {
                throw refused("roster.import.limit.ratio", entry.getName(), String.valueOf(ratio));
            }
        }

        private static String megabytes(long bytes) {
            return bytes / (1024 * 1024) + " MB";
        }
    }
}

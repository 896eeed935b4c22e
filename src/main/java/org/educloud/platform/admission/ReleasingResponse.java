package org.educloud.platform.admission;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * Gives a request's turn back as soon as its answer is committed: from then on it only sends bytes (a download, an
 * export, a long page) at the client's pace, and a slow reader must not hold a turn meant for database work. Spring
 * Session saves the session when the answer commits, before the bytes reach this wrapper, so that save still happens
 * within the turn.
 */
final class ReleasingResponse extends HttpServletResponseWrapper {

    private final Runnable release;
    private @Nullable ServletOutputStream stream;
    private @Nullable PrintWriter writer;

    ReleasingResponse(HttpServletResponse response, Runnable release) {
        super(response);
        this.release = release;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new ReleasingStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new ReleasingWriter(super.getWriter());
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        super.flushBuffer();
        releaseIfCommitted();
    }

    private void releaseIfCommitted() {
        if (isCommitted()) {
            release.run();
        }
    }

    private final class ReleasingStream extends ServletOutputStream {

        private final ServletOutputStream delegate;

        ReleasingStream(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            delegate.write(b);
            releaseIfCommitted();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            delegate.write(b, off, len);
            releaseIfCommitted();
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
            releaseIfCommitted();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
            releaseIfCommitted();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }

    /** Over the container's writer, so that {@code checkError()} still reports a client that left. */
    private final class ReleasingWriter extends PrintWriter {

        ReleasingWriter(PrintWriter delegate) {
            super(delegate, false);
        }

        @Override
        public void write(int c) {
            super.write(c);
            releaseIfCommitted();
        }

        @Override
        public void write(char[] buffer, int off, int len) {
            super.write(buffer, off, len);
            releaseIfCommitted();
        }

        @Override
        public void write(String text, int off, int len) {
            super.write(text, off, len);
            releaseIfCommitted();
        }

        @Override
        public void flush() {
            super.flush();
            releaseIfCommitted();
        }

        @Override
        public void close() {
            super.close();
            releaseIfCommitted();
        }
    }
}

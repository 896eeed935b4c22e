package org.educloud.shared.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Lets an XML part through to the parser only while its markup stays harmless: no document type declaration at
 * all (so no entity, internal or external, can be declared, expanded or fetched), and no tag, comment, CDATA
 * section or processing instruction longer than {@link #MAX_MARKUP} characters. Text between tags may be long:
 * the JDK's StAX parser hands it over in chunks. A tag, though, arrives whole with its attributes, so without this
 * a single attribute of hundreds of megabytes would have to fit in memory.
 */
final class MarkupGuard extends FilterReader {

    /** Far above any tag a spreadsheet needs (the longest are number formats and hyperlink targets). */
    static final int MAX_MARKUP = 64 * 1024;

    private enum State { TEXT, OPENED, BANG, TAG, COMMENT, CDATA, INSTRUCTION }

    private final String part;
    private State state = State.TEXT;
    private int length;
    private char quote;
    private final StringBuilder start = new StringBuilder();
    private char last;
    private char beforeLast;

    MarkupGuard(Reader in, String part) {
        super(in);
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) {
        if (state == State.TEXT) {
            if (c == '<') {
                state = State.OPENED;
                length = 1;
            }
            remember(c);
            return;
        }
        if (++length > MAX_MARKUP) {
            throw new TabularFile.Refused(ImportProblem.ofFile("roster.import.limit.markup", part,
                    String.valueOf(MAX_MARKUP)));
        }
        switch (state) {
            case OPENED -> {
                state = c == '!' ? State.BANG : c == '?' ? State.INSTRUCTION : State.TAG;
                start.setLength(0);
                quote = 0;
                if (state == State.TAG) {
                    tag(c);
                }
            }
            case BANG -> bang(c);
            case TAG -> tag(c);
            case COMMENT -> {
                if (c == '>' && last == '-' && beforeLast == '-' && length > 6) {
                    state = State.TEXT;
                }
            }
            case CDATA -> {
                if (c == '>' && last == ']' && beforeLast == ']') {
                    state = State.TEXT;
                }
            }
            case INSTRUCTION -> {
                if (c == '>' && last == '?') {
                    state = State.TEXT;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        remember(c);
    }

    /** After {@code <!}: a comment or a CDATA section; anything else declares a document type or its parts. */
    private void bang(char c) {
        start.append(c);
        if ("--".contentEquals(start)) {
            state = State.COMMENT;
        } else if ("[CDATA[".contentEquals(start)) {
            state = State.CDATA;
        } else if (!"--".startsWith(start.toString()) && !"[CDATA[".startsWith(start.toString())) {
            throw new TabularFile.Refused(ImportProblem.ofFile("roster.import.limit.dtd", part));
        }
    }

    /** Inside an element's tag: a {@code >} in a quoted attribute value does not end it. */
    private void tag(char c) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            state = State.TEXT;
        }
    }

    private void remember(char c) {
        beforeLast = last;
        last = c;
    }
}

package org.educloud.library.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses a text twice into one field: first as words, then, after a gap of positions so that no phrase spans
 * the two, as bigrams. A search then reads one list of postings per term instead of one per field, and a word
 * that is also a bigram (most two-character Chinese words) is a single term.
 */
final class WordsThenBigrams extends Analyzer {

    /** Positions between the words and the bigrams, more than any phrase slop a search uses. */
    private static final int GAP = 100;

    private final Analyzer words;
    private final Analyzer bigrams;

    WordsThenBigrams(Analyzer words, Analyzer bigrams) {
        this.words = words;
        this.bigrams = bigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new Concatenation(field));
    }

    @Override
    public void close() {
        super.close();
        words.close();
        bigrams.close();
    }

    private final class Concatenation extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final String field;
        private String text = "";
        private TokenStream part;
        private boolean inBigrams;
        private boolean firstOfPart;

        Concatenation(String field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = readAll(input);
            inBigrams = false;
            open(words);
        }

        private void open(Analyzer analyzer) throws IOException {
            part = analyzer.tokenStream(field, text);
            part.reset();
            firstOfPart = true;
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            while (part != null) {
                if (part.incrementToken()) {
                    CharTermAttribute partTerm = part.getAttribute(CharTermAttribute.class);
                    OffsetAttribute partOffset = part.getAttribute(OffsetAttribute.class);
                    int partIncrement = part.getAttribute(PositionIncrementAttribute.class).getPositionIncrement();
                    term.copyBuffer(partTerm.buffer(), 0, partTerm.length());
                    if (inBigrams) {
                        // offsets may not go backwards within a field; nothing reads the bigrams' offsets, as
                        // titles are marked by analysing them again
                        int end = correctOffset(text.length());
                        offset.setOffset(end, end);
                    } else {
                        offset.setOffset(correctOffset(partOffset.startOffset()),
                                correctOffset(partOffset.endOffset()));
                    }
                    increment.setPositionIncrement(inBigrams && firstOfPart ? partIncrement + GAP : partIncrement);
                    firstOfPart = false;
                    return true;
                }
                part.end();
                part.close();
                part = null;
                if (!inBigrams) {
                    inBigrams = true;
                    open(bigrams);
                }
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int length = correctOffset(text.length());
            offset.setOffset(length, length);
        }

        @Override
        public void close() throws IOException {
            super.close();
            if (part != null) {
                part.close();
                part = null;
            }
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[1024];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                all.append(buffer, 0, read);
            }
            return all.toString();
        }
    }
}

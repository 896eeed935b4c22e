package org.educloud.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the searched words in a hit's title: the title is split the way the index splits it, as words and as
 * bigrams, and every piece equal to a term of the query is marked. Only the page's titles are looked at, and only
 * the words of the query count (not the filters), which is why this is not the index's highlighter.
 */
final class TitleMarks {

    private final Analyzer words;
    private final Analyzer bigrams;

    TitleMarks(Analyzer words, Analyzer bigrams) {
        this.words = words;
        this.bigrams = bigrams;
    }

    /**
     * Marks titles with the terms of one search. Single characters are marked only where they are words of the
     * title, not wherever the character occurs in its bigrams.
     */
    Marking of(Set<String> terms) {
        return new Marking(terms, terms.stream().filter(t -> t.codePointCount(0, t.length()) > 1)
                .collect(Collectors.toUnmodifiableSet()));
    }

    final class Marking {
        private final Set<String> terms;
        private final Set<String> pairs;

        private Marking(Set<String> terms, Set<String> pairs) {
            this.terms = terms;
            this.pairs = pairs;
        }

        /** The title HTML-escaped, with each run of matched characters in {@code <mark>}. */
        String mark(String title) {
            BitSet marked = new BitSet(title.length());
            TitleMarks.mark(words, title, terms, marked);
            TitleMarks.mark(bigrams, title, pairs, marked);
            return html(title, marked);
        }
    }

    private static String html(String title, BitSet marked) {
        StringBuilder html = new StringBuilder(title.length() + 16);
        int at = 0;
        while (at < title.length()) {
            int start = marked.nextSetBit(at);
            if (start < 0) {
                html.append(HtmlUtils.htmlEscape(title.substring(at)));
                break;
            }
            int end = marked.nextClearBit(start);
            html.append(HtmlUtils.htmlEscape(title.substring(at, start))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(title.substring(start, end))).append("</mark>");
            at = end;
        }
        return html.toString();
    }

    private static void mark(Analyzer analyzer, String title, Set<String> terms, BitSet marked) {
        if (terms.isEmpty()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream("title", title)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    marked.set(offset.startOffset(), Math.min(offset.endOffset(), title.length()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

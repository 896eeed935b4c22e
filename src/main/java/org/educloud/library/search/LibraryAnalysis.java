package org.educloud.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The library's analyzers. A text is read two ways: as smartcn words (分数 / 的 / 初步 / 认识), which rank whole-word
 * matches, and as CJK bigrams with unigrams (分数, 数的, 的初, …), which find a search for part of a word (中华 in
 * 中华人民共和国) that the word segmenter split differently. Latin words are lower-cased and stemmed as words,
 * lower-cased as bigrams. The indexed text holds both readings in one field ({@link #TEXT_HTML}, markup stripped
 * first); searches split their words with {@link #WORDS} and {@link #BIGRAMS_QUERY}, bigrams
 * without unigrams, so that every pair must match and no single character is marked.
 */
public class LibraryAnalysis implements LuceneAnalysisConfigurer {

    public static final String WORDS = "words";
    public static final String BIGRAMS = "bigrams";
    /** Queries are split into bigrams only (a single character stays a unigram), so every pair must match. */
    public static final String BIGRAMS_QUERY = "bigrams_query";
    /** Words, then bigrams, of a text with markup (descriptions), the markup stripped. */
    public static final String TEXT_HTML = "words_then_bigrams_html";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).instance(words(false));
        context.analyzer(BIGRAMS).instance(bigrams(false, true));
        context.analyzer(BIGRAMS_QUERY).instance(bigrams(false, false));
        context.analyzer(TEXT_HTML).instance(new WordsThenBigrams(words(true), bigrams(true, true)));
    }

    static Analyzer words(boolean html) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(HMMChineseTokenizerFactory.class);
            if (html) {
                builder.addCharFilter(HTMLStripCharFilterFactory.class);
            }
            return builder.addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer bigrams(boolean html, boolean unigrams) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class);
            if (html) {
                builder.addCharFilter(HTMLStripCharFilterFactory.class);
            }
            return builder.addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", Boolean.toString(unigrams))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.educloud.library.search;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The library's analyzers. Every text is indexed twice: as smartcn words (分数 / 的 / 初步 / 认识), which rank
 * whole-word matches, and as CJK bigrams with unigrams (分数, 数的, 的初, …), which find a search for part of a
 * word (中华 in 中华人民共和国) that the word segmenter split differently. Latin words are lower-cased and
 * stemmed in the first, lower-cased in the second. The {@code _html} variants strip markup first (descriptions).
 * Queries against the bigram fields use bigrams only: fewer terms to match, and no single characters marked.
 */
public class LibraryAnalysis implements LuceneAnalysisConfigurer {

    public static final String WORDS = "words";
    public static final String BIGRAMS = "bigrams";
    public static final String WORDS_HTML = "words_html";
    public static final String BIGRAMS_HTML = "bigrams_html";
    /** Queries are split into bigrams only (a single character stays a unigram), so every pair must match. */
    public static final String BIGRAMS_QUERY = "bigrams_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(BIGRAMS).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
        context.analyzer(BIGRAMS_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");
        context.analyzer(WORDS_HTML).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .charFilter(HTMLStripCharFilterFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(BIGRAMS_HTML).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(HTMLStripCharFilterFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
    }
}

package org.educloud.library.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Words become queries the way the index reads texts: each word of the search matches if its smartcn words or
 * its bigrams (without unigrams) all occur in the field; the simple syntax (quotes, {@code -}, {@code |},
 * {@code word*}, {@code word~N}) applies. A search of more than {@link #MAX_TERMS} terms is refused.
 */
final class WordQueries {
    /**
     * The indexed text of a resource: its words, then its bigrams, in one field (titles twice). An index that keeps
     * the two readings in fields of their own (OpenSearch) reads a term of this field as a term of either.
     */
    static final String FIELD = "text";
    /** The refusal of a search too long or too complex to run (a pasted paragraph, say): 422, in zh and en. */
    static final String TOO_COMPLEX = "library.error.searchTooComplex";
    /** The refusal of a search written in a way an engine cannot run: 422, in zh and en. */
    static final String NOT_SUPPORTED = "library.error.searchNotSupported";
    /**
     * The most terms one reading of a search may hold ({@link #matching} and {@link #byWords} each; a fuzzy word
     * counts as the terms it may expand to): a pasted page is refused with a reason, the same on both engines,
     * before it reaches an engine's own limit on clauses (OpenSearch writes each term twice, one per reading's
     * field). A paragraph of 900 Chinese characters (some 500 terms a reading) still runs on both.
     */
    static final int MAX_TERMS = 1_000;
    private final Analyzer words;
    private final QueryBuilder bigrams;
    private final TitleMarks marks;

    WordQueries(Analyzer words, Analyzer bigrams, Analyzer bigramQueries) {
        this.words = words;
        this.bigrams = new QueryBuilder(bigramQueries);
        this.marks = new TitleMarks(words, bigrams);
    }

    /** Whether a resource matches: every searched word in its text, as words or as bigrams. */
    Query matching(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(words, Map.of(FIELD, 1f)) {
            @Override
            protected Query newDefaultQuery(String word) {
                return either(super.newDefaultQuery(word), bigramsOf(word));
            }

            @Override
            protected Query newPhraseQuery(String phrase, int slop) {
                return either(super.newPhraseQuery(phrase, slop), bigrams.createPhraseQuery(FIELD, phrase, slop));
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return bounded(parser, text);
    }

    /**
     * The words parsed, unless they make more than {@link #MAX_TERMS} terms, or more clauses than Lucene puts in one
     * conjunction (a long word without spaces): then the search is refused (422).
     */
    private static Query bounded(SimpleQueryParser parser, String text) {
        Query query;
        try {
            query = parser.parse(text);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new RuleViolationException(TOO_COMPLEX);
        }
        int[] terms = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... found) {
                terms[0] += found.length;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                terms[0] += leaf instanceof FuzzyQuery ? FuzzyQuery.defaultMaxExpansions : 1;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (terms[0] > MAX_TERMS) {
            throw new RuleViolationException(TOO_COMPLEX);
        }
        return query;
    }

    /**
     * The searched words read as smartcn words: how the first tier of relevance is scored. A word smartcn
     * could only split into characters has no such reading, so its bigrams stand in for it.
     */
    Query byWords(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(words, Map.of(FIELD, 1f)) {
            @Override
            protected Query newDefaultQuery(String word) {
                Query asWords = super.newDefaultQuery(word);
                Query asBigrams = bigramsOf(word);
                return asWords != null && asBigrams != null
                        && splitIntoCharacters(conjoinedTerms(asWords), conjoinedTerms(asBigrams))
                        ? asBigrams : asWords;
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return bounded(parser, text);
    }

    private @Nullable Query bigramsOf(String word) {
        return bigrams.createBooleanQuery(FIELD, word, BooleanClause.Occur.MUST);
    }

    /**
     * The words reading or the bigrams reading of one searched word, as one query where the two readings'
     * terms allow it. Words and bigrams are terms of the same field, and a text holding a word also holds
     * that word's bigrams, so:
     * <ul>
     *   <li>bigrams that all lie inside the word's words match wherever the words do: 三角形 is one word, so
     *       its bigrams 三角 and 角形 alone match both readings;</li>
     *   <li>words that are all among the bigrams match wherever the bigrams do: 垃圾 and 分类 are among the
     *       bigrams of 垃圾分类, so the two words alone match both readings;</li>
     *   <li>a word smartcn does not know is split into single characters (课件 into 课 and 件), and those
     *       characters anywhere in a text (课文 and 文件) are not the word: only its bigrams match.</li>
     * </ul>
     */
    private @Nullable Query either(@Nullable Query asWords, @Nullable Query asBigrams) {
        if (asWords == null || asBigrams == null || asWords.equals(asBigrams)) {
            return asWords == null ? asBigrams : asWords;
        }
        Set<String> wordTerms = conjoinedTerms(asWords);
        Set<String> bigramTerms = conjoinedTerms(asBigrams);
        if (wordTerms != null && bigramTerms != null) {
            if (splitIntoCharacters(wordTerms, bigramTerms) || bigramTerms.stream().allMatch(b -> hanPair(b)
                    && wordTerms.stream().anyMatch(w -> w.contains(b)))) {
                return asBigrams;
            }
            if (bigramTerms.containsAll(wordTerms)) {
                return asWords;
            }
        }
        return new BooleanQuery.Builder().add(asWords, BooleanClause.Occur.SHOULD)
                .add(asBigrams, BooleanClause.Occur.SHOULD).build();
    }

    /** Whether smartcn read a word of several Chinese characters as single characters, in part or whole. */
    private static boolean splitIntoCharacters(@Nullable Set<String> wordTerms,
                                               @Nullable Set<String> bigramTerms) {
        return wordTerms != null && bigramTerms != null
                && bigramTerms.stream().allMatch(WordQueries::hanPair)
                && wordTerms.stream().anyMatch(w -> han(w, 1));
    }

    private static boolean hanPair(String term) {
        return han(term, 2);
    }

    /** Whether a term is exactly so many Chinese characters. */
    private static boolean han(String term, int characters) {
        return term.codePointCount(0, term.length()) == characters
                && term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The terms of a single term query or of a conjunction of term queries, or null for any other query. */
    private static @Nullable Set<String> conjoinedTerms(Query query) {
        if (query instanceof TermQuery term) {
            return Set.of(term.getTerm().text());
        }
        if (!(query instanceof BooleanQuery conjunction)) {
            return null;
        }
        Set<String> terms = new HashSet<>();
        for (BooleanClause clause : conjunction.clauses()) {
            if (clause.getOccur() != BooleanClause.Occur.MUST || !(clause.getQuery() instanceof TermQuery term)) {
                return null;
            }
            terms.add(term.getTerm().text());
        }
        return terms;
    }

    TitleMarks marks() {
        return marks;
    }

    /** The terms the words were parsed into, leaving out negated ones: those are what titles mark. */
    static Set<String> terms(Query words, @Nullable Query byWords) {
        Set<String> terms = new HashSet<>();
        QueryVisitor collecting = new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term term : found) {
                    terms.add(term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        };
        words.visit(collecting);
        if (byWords != null) {
            byWords.visit(collecting);
        }
        return terms;
    }
}

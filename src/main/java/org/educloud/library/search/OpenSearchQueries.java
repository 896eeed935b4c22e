package org.educloud.library.search;

import java.util.function.BiFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.educloud.shared.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query trees {@link WordQueries} builds, written as OpenSearch's query JSON, so that the simple syntax, the
 * choice of reading and the relevance tiers stay one code for both engines. Only the kinds of query those trees hold
 * are written: terms, conjunctions and disjunctions with negations, phrases, boosts, and the simple syntax's
 * {@code word*} (prefix) and {@code word~N} (fuzzy), as OpenSearch's {@code prefix} and {@code fuzzy} queries with
 * Lucene's defaults, so that both engines find the same.
 * <p>
 * The embedded index holds both readings of a text in one field, so a term of the query matches a text holding it as
 * a word or as a bigram (the choice of reading in {@link WordQueries} relies on that); the cluster keeps them in two
 * fields, so a term or phrase of that field is written as the same term or phrase in either.
 */
final class OpenSearchQueries {

    private final JsonMapper json;

    OpenSearchQueries(JsonMapper json) {
        this.json = json;
    }

    ObjectNode of(Query query) {
        return switch (query) {
            case TermQuery term -> term(term.getTerm());
            case BooleanQuery bool -> bool(bool);
            case BoostQuery boost -> {
                ObjectNode wrapped = json.createObjectNode();
                ObjectNode inner = wrapped.putObject("bool");
                inner.putArray("must").add(of(boost.getQuery()));
                inner.put("boost", boost.getBoost());
                yield wrapped;
            }
            case PhraseQuery phrase -> phrase(phrase);
            case PrefixQuery prefix -> onText(prefix.getPrefix(), (field, text) -> {
                ObjectNode written = json.createObjectNode();
                written.putObject("prefix").putObject(field).put("value", text);
                return written;
            });
            case FuzzyQuery fuzzy -> onText(fuzzy.getTerm(), (field, text) -> {
                ObjectNode written = json.createObjectNode();
                written.putObject("fuzzy").putObject(field).put("value", text).put("fuzziness", fuzzy.getMaxEdits())
                        .put("prefix_length", fuzzy.getPrefixLength()).put("transpositions", fuzzy.getTranspositions())
                        .put("max_expansions", FuzzyQuery.defaultMaxExpansions);
                return written;
            });
            case MatchAllDocsQuery all -> named("match_all");
            case MatchNoDocsQuery none -> named("match_none");
            // the simple syntax makes none other; should it, the search is refused as one the library cannot run
            default -> throw new RuleViolationException(WordQueries.NOT_SUPPORTED);
        };
    }

    private ObjectNode term(Term term) {
        return onText(term, this::term);
    }

    /** A query of one term: of its field, or, for the embedded index's one field, of either reading's field. */
    private ObjectNode onText(Term term, BiFunction<String, String, ObjectNode> query) {
        if (!term.field().equals(WordQueries.FIELD)) {
            return query.apply(term.field(), term.text());
        }
        return either(query.apply(OpenSearchMapping.WORDS, term.text()),
                query.apply(OpenSearchMapping.BIGRAMS, term.text()));
    }

    private ObjectNode term(String field, String text) {
        ObjectNode query = json.createObjectNode();
        query.putObject("term").putObject(field).put("value", text);
        return query;
    }

    private ObjectNode either(ObjectNode one, ObjectNode other) {
        ObjectNode query = json.createObjectNode();
        ObjectNode bool = query.putObject("bool");
        bool.putArray("should").add(one).add(other);
        bool.put("minimum_should_match", 1);
        return query;
    }

    private ObjectNode bool(BooleanQuery bool) {
        ObjectNode query = json.createObjectNode();
        ObjectNode clauses = query.putObject("bool");
        boolean positive = false;
        for (BooleanClause clause : bool.clauses()) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
            ArrayNode list = clauses.has(occur) ? (ArrayNode) clauses.get(occur) : clauses.putArray(occur);
            list.add(of(clause.getQuery()));
        }
        if (!positive) {
            // Lucene's conjunction of negations alone matches nothing; OpenSearch's would match everything else
            clauses.putArray("must").add(named("match_none"));
        }
        if (bool.getMinimumNumberShouldMatch() > 0) {
            clauses.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
        }
        return query;
    }

    /** A phrase as spans in order; gaps in its positions widen the slop by as much. */
    private ObjectNode phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) {
            return named("match_none");
        }
        if (terms.length == 1) {
            return term(terms[0]);
        }
        int[] positions = phrase.getPositions();
        int slop = phrase.getSlop() + positions[positions.length - 1] - positions[0] - (positions.length - 1);
        if (!terms[0].field().equals(WordQueries.FIELD)) {
            return spans(terms[0].field(), terms, slop);
        }
        return either(spans(OpenSearchMapping.WORDS, terms, slop), spans(OpenSearchMapping.BIGRAMS, terms, slop));
    }

    /** The terms in order, at most {@code slop} positions apart in all. */
    private ObjectNode spans(String field, Term[] terms, int slop) {
        ObjectNode query = json.createObjectNode();
        ObjectNode near = query.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term term : terms) {
            clauses.addObject().putObject("span_term").put(field, term.text());
        }
        near.put("slop", slop);
        near.put("in_order", true);
        return query;
    }

    private ObjectNode named(String name) {
        ObjectNode query = json.createObjectNode();
        query.putObject(name);
        return query;
    }
}

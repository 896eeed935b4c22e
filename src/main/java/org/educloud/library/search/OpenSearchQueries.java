package org.educloud.library.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query trees {@link WordQueries} builds, written as OpenSearch's query JSON, so that the simple syntax, the
 * choice of reading and the relevance tiers stay one code for both engines. Only the kinds of query those trees hold
 * are written: terms, conjunctions and disjunctions with negations, phrases and boosts.
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
            case MatchAllDocsQuery all -> named("match_all");
            case MatchNoDocsQuery none -> named("match_none");
            default -> throw new IllegalArgumentException("no OpenSearch query for " + query.getClass().getName());
        };
    }

    private ObjectNode term(Term term) {
        if (!term.field().equals(WordQueries.FIELD)) {
            return term(term.field(), term.text());
        }
        return either(term(OpenSearchMapping.WORDS, term.text()), term(OpenSearchMapping.BIGRAMS, term.text()));
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

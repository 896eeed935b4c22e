package org.educloud.roster.oneroster.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed OneRoster {@code filter} parameter: predicates such as {@code familyName='王'} or
 * {@code dateLastModified>'2026-09-01T00:00:00Z'}, joined by one logical operator ({@code AND} or {@code OR}).
 * Values are single-quoted; a quote inside a value is doubled.
 */
record Filter(List<Predicate> predicates, boolean any) {

    enum Operator {
        EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), CONTAINS("~");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    record Predicate(String field, Operator operator, String value) {
    }

    private static final Pattern PREDICATE =
            Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(>=|<=|!=|=|>|<|~)\\s*'((?:[^']|'')*)'\\s*");
    private static final Pattern LOGICAL = Pattern.compile("(AND|OR)\\s+", Pattern.CASE_INSENSITIVE);

    static final Filter NONE = new Filter(List.of(), false);

    static Filter parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Predicate> predicates = new ArrayList<>();
        String logical = null;
        Matcher m = PREDICATE.matcher(text);
        int at = 0;
        while (true) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                throw invalid(text);
            }
            predicates.add(new Predicate(m.group(1), Operator.of(m.group(2)), m.group(3).replace("''", "'")));
            at = m.end();
            if (at == text.length()) {
                break;
            }
            Matcher l = LOGICAL.matcher(text).region(at, text.length());
            if (!l.lookingAt()) {
                throw invalid(text);
            }
            String op = l.group(1).toUpperCase(java.util.Locale.ROOT);
            if (logical != null && !logical.equals(op)) {
                throw new InvalidRequest("invalid_filter_field",
                        "A filter may join its predicates with AND or with OR, not both: " + text);
            }
            logical = op;
            at = l.end();
        }
        return new Filter(List.copyOf(predicates), "OR".equals(logical));
    }

    private static InvalidRequest invalid(String text) {
        return new InvalidRequest("invalid_filter_field",
                "The filter is not of the form field<op>'value' [AND|OR field<op>'value' ...]: " + text);
    }
}

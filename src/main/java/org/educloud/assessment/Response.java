package org.educloud.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a student answered to one item: chosen ids (choice types), the texts typed into the blanks in order, ids in
 * the order the student put them (ordering), premise → target (matching) or a written answer (short answer, essay).
 * An empty response is an item left unanswered.
 */
public record Response(List<String> chosen, List<String> blanks, List<String> order, Map<String, String> pairs,
                       String text) {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_PARTS = 40;

    /** Parts a client leaves out are empty; null entries are dropped (a JSON body is the client's to get wrong). */
    public Response {
        chosen = clean(chosen);
        blanks = blanks == null ? List.of() : blanks.stream().map(b -> b == null ? "" : b).toList();
        order = clean(order);
        pairs = pairs == null ? Map.of() : pairs.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        text = text == null ? "" : text;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static Response empty() {
        return new Response(List.of(), List.of(), List.of(), Map.of(), "");
    }

    public boolean isEmpty() {
        return chosen.isEmpty() && blanks.stream().allMatch(String::isBlank) && order.isEmpty() && pairs.isEmpty()
                && text.isBlank();
    }

    /** Whether the response fits the bounds an answer may have (checked before it is stored). */
    public boolean withinBounds() {
        return text.length() <= MAX_TEXT && chosen.size() <= MAX_PARTS && blanks.size() <= MAX_PARTS
                && order.size() <= MAX_PARTS && pairs.size() <= MAX_PARTS
                && blanks.stream().allMatch(b -> b.length() <= 500)
                && chosen.stream().allMatch(c -> c.length() <= 40) && order.stream().allMatch(c -> c.length() <= 40)
                && pairs.entrySet().stream().allMatch(e -> e.getKey().length() <= 40 && e.getValue().length() <= 40);
    }

    /** The response as one line for the xAPI statement's {@code result.response} (the cmi.interaction format). */
    public String interactionFormat() {
        if (!chosen.isEmpty()) {
            return String.join("[,]", chosen);
        }
        if (!order.isEmpty()) {
            return String.join("[,]", order);
        }
        if (!pairs.isEmpty()) {
            return String.join("[,]", pairs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "[.]" + e.getValue()).toList());
        }
        if (!blanks.isEmpty()) {
            return String.join("[,]", blanks);
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}

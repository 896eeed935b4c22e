package org.educloud.identity.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log in the reader's language. Entries are written once, in the modules' own terms (event keys such as
 * {@code roster.import.students}, outcomes such as {@code SUCCESS}, details such as {@code "5 created, 2 updated"}
 * or {@code "TEACHER@/1/2/3/"}); this says them as words: the event's name, the outcome, and the detail with its
 * counts phrased, its enum words (roles, statuses, token kinds) named and its org paths replaced by the node's name.
 * Whatever it does not know stays as written, and the page keeps the original as a tooltip.
 */
@Component
class AuditWording {

    /** An entry as the page shows it: the words, and the raw action and detail for the tooltip. */
    record Worded(AuditEntryView entry, String event, String outcome, boolean success, @Nullable String detail) {
    }

    private record Phrase(Pattern pattern, String key) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Pattern.compile("(\\d+) created, (\\d+) updated"), "identity.audit.phrase.createdUpdated"),
            new Phrase(Pattern.compile("(\\d+) moved, (\\d+) graduated"), "identity.audit.phrase.movedGraduated"),
            new Phrase(Pattern.compile("(\\d+) nodes, (\\d+) knowledge points"), "identity.audit.phrase.nodesPoints"),
            new Phrase(Pattern.compile(", full identifiers"), "identity.audit.phrase.fullIdentifiers"),
            new Phrase(Pattern.compile("(\\d+) users"), "identity.audit.phrase.users"),
            new Phrase(Pattern.compile("(\\d+) rows"), "identity.audit.phrase.rows"),
            new Phrase(Pattern.compile("(\\d+) resources"), "identity.audit.phrase.resources"),
            new Phrase(Pattern.compile("(\\d+) accounts"), "identity.audit.phrase.accounts"),
            new Phrase(Pattern.compile("(\\d+) bytes"), "identity.audit.phrase.bytes"),
            new Phrase(Pattern.compile("until (\\d{4}-\\d{2}-\\d{2})"), "identity.audit.phrase.until"));

    private static final Pattern ORG_PATH = Pattern.compile("(?<![\\w/])/(?:\\d+/)+");
    private static final Pattern EVENT_KEY = Pattern.compile("\\b[a-z]+(?:\\.[a-zA-Z-]+)+\\b");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z_]+[A-Z]\\b");
    /** Where the name of an upper-case word is looked for: roles, review states, token kinds, stages, outcomes. */
    private static final List<String> WORD_KEYS = List.of("platform.role.", "library.status.",
            "identity.tokens.scope.", "tenancy.stage.", "identity.audit.term.");

    private final MessageSource messages;
    private final TenancyManagement tenancy;

    AuditWording(MessageSource messages, TenancyManagement tenancy) {
        this.messages = messages;
        this.tenancy = tenancy;
    }

    List<Worded> of(List<AuditEntryView> entries, Locale locale) {
        Map<OrgId, String> places = places(entries);
        return entries.stream().map(e -> new Worded(e, event(e.action(), locale),
                text("identity.audit.outcome." + e.outcome(), e.outcome(), locale), "SUCCESS".equals(e.outcome()),
                e.detail() == null ? null : detail(e.detail(), places, locale))).toList();
    }

    String event(String action, Locale locale) {
        return text("identity.audit.event." + action, action, locale);
    }

    String detail(String detail, Map<OrgId, String> places, Locale locale) {
        String worded = replace(ORG_PATH.matcher(detail), m -> {
            OrgId node = new OrgPath(m.group()).ids().getLast();
            return places.getOrDefault(node, m.group());
        });
        for (Phrase phrase : PHRASES) {
            worded = replace(phrase.pattern().matcher(worded), m -> {
                Object[] arguments = new Object[m.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = m.group(i + 1);
                }
                return messages.getMessage(phrase.key(), arguments, m.group(), locale);
            });
        }
        worded = replace(EVENT_KEY.matcher(worded), m -> text("identity.audit.event." + m.group(), m.group(), locale));
        return replace(WORD.matcher(worded), m -> {
            for (String prefix : WORD_KEYS) {
                String name = messages.getMessage(prefix + m.group(), null, null, locale);
                if (name != null) {
                    return name;
                }
            }
            return m.group();
        });
    }

    private Map<OrgId, String> places(List<AuditEntryView> entries) {
        Set<OrgId> nodes = new HashSet<>();
        for (AuditEntryView e : entries) {
            if (e.detail() != null) {
                Matcher m = ORG_PATH.matcher(e.detail());
                while (m.find()) {
                    nodes.add(new OrgPath(m.group()).ids().getLast());
                }
            }
        }
        return nodes.isEmpty() ? Map.of() : tenancy.names(nodes);
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

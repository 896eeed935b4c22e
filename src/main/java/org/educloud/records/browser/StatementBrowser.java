package org.educloud.records.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.records.xapi.RecordsProperties;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.shared.Masking;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads statements for the admin pages by the rule LRS clients read by (ADR 10): a statement written by a client
 * of a node the admin administers, or about an EduCloud learner of a school there. Actors are shown by account
 * name, or by a masked mailbox: the browser is for checking what tools send, not for reading people.
 */
@Component
class StatementBrowser {

    /**
     * One statement as the browser lists it. {@code learner} is the student id when the actor is one of EduCloud's
     * own learners ({@code person:<id>} on the installation's home page), so the page can name them.
     */
    record Row(String id, Instant stored, OrgId org, @Nullable OrgId learnerSchool, String actor,
               @Nullable Long learner, String verb, @Nullable String activity, String client, boolean voided) {

        /** What the page shows of a verb it has no name for: the end of its IRI. */
        public String verbTail() {
            return VerbNames.tail(verb);
        }
    }

    /** The browser's filters; blank ones are ignored. */
    record Filter(@Nullable String verb, @Nullable String activity, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /** Ingestion health within the admin's reach. */
    record Health(long lastHour, long lastDay, @Nullable Instant latest, long waitingEvents, List<String> partitions) {
    }

    private static final int PAGE_SIZE = 50;
    /** The admin's reach over statements, as LRS clients have it: the writer's node or the learner's school. */
    private static final String REACH = "(org_path LIKE ANY (:reach) OR learner_path LIKE ANY (:reach))";

    private static final Pattern PERSON = Pattern.compile("person:(\\d{1,18})");

    private final JdbcClient jdbc;
    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final String homePage;

    StatementBrowser(JdbcClient jdbc, TenancyManagement tenancy, RosterDirectory roster,
                     RecordsProperties properties) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.roster = roster;
        this.homePage = normalized(properties.homePage());
    }

    @Transactional(readOnly = true)
    PageSlice<Row> page(Scope scope, Filter filter, ZoneId zone, int page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE " + REACH);
        params.put("reach", reach(scope));
        // NUL cannot even be sent to PostgreSQL as text; no IRI holds a control character anyway
        for (String text : new String[] {filter.verb(), filter.activity()}) {
            if (text != null && text.chars().anyMatch(Character::isISOControl)) {
                throw new RuleViolationException("records.filterNotText");
            }
        }
        if (filter.verb() != null && !filter.verb().isBlank()) {
            where.append(" AND verb_id = :verb");
            params.put("verb", filter.verb().strip());
        }
        if (filter.activity() != null && !filter.activity().isBlank()) {
            where.append(" AND activity_id = :activity");
            params.put("activity", filter.activity().strip());
        }
        if (filter.from() != null) {
            where.append(" AND stored >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND stored < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        // Counting is capped: an exact count over millions of statements would cost more than the page itself.
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM records.statement" + where + " LIMIT 10001) c")
                .params(params).query(Long.class).single();
        int safePage = Math.min(PageSlice.safePage(page), 199);
        params.put("offset", safePage * PAGE_SIZE);
        List<Row> rows = jdbc.sql("""
                        SELECT id::text, stored, org_path, learner_path, actor_key, verb_id, activity_id, client_id,
                               voided
                        FROM records.statement""" + where + " ORDER BY stored DESC, id DESC LIMIT "
                        + PAGE_SIZE + " OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        new OrgPath(rs.getString(3)).ids().getLast(),
                        rs.getString(4) == null ? null : new OrgPath(rs.getString(4)).ids().getLast(),
                        shownActor(rs.getString(5)), learner(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getBoolean(9)))
                .list();
        return new PageSlice<>(rows, safePage, PAGE_SIZE, total);
    }

    /** The names of the schools and bureaus the listed statements belong to: writers' nodes and learners' schools. */
    Map<OrgId, String> orgNames(PageSlice<Row> page) {
        Set<OrgId> ids = new HashSet<>();
        page.items().forEach(row -> {
            ids.add(row.org());
            if (row.learnerSchool() != null) {
                ids.add(row.learnerSchool());
            }
        });
        return tenancy.names(ids);
    }

    /**
     * The names of the listed statements' EduCloud learners whom the admin reaches in the roster (their own
     * schools' students); a learner the roster does not let them see keeps the id the statement carries.
     */
    Map<Long, String> learnerNames(Scope scope, PageSlice<Row> page) {
        Set<Long> learners = new HashSet<>();
        page.items().forEach(row -> {
            if (row.learner() != null) {
                learners.add(row.learner());
            }
        });
        Map<Long, String> names = new java.util.HashMap<>();
        roster.studentNames(scope, learners.stream().map(StudentId::of).toList())
                .forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    /** The student id of an actor key naming an EduCloud learner, or null for anyone else. */
    private @Nullable Long learner(String key) {
        int bar = key.indexOf('|');
        if (!key.startsWith("account:") || bar < 0 || !normalized(key.substring("account:".length(), bar))
                .equals(homePage)) {
            return null;
        }
        Matcher person = PERSON.matcher(key.substring(bar + 1));
        return person.matches() ? Long.parseLong(person.group(1)) : null;
    }

    private static String normalized(String page) {
        return page.strip().replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    Health health(Scope scope, Instant now) {
        String[] reach = reach(scope);
        long hour = count(reach, now.minusSeconds(3600));
        long day = count(reach, now.minusSeconds(86_400));
        Timestamp latest = jdbc.sql("SELECT max(stored) FROM records.statement WHERE " + REACH)
                .param("reach", reach).query(Timestamp.class).optional().orElse(null);
        long waiting = scope.isOperator() ? jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE completion_date IS NULL AND event_type LIKE '%.LearningActivity'""").query(Long.class).single() : 0;
        List<String> partitions = scope.isOperator() ? jdbc.sql("""
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'records.statement'::regclass ORDER BY c.relname""").query(String.class).list()
                : List.of();
        return new Health(hour, day, latest == null ? null : latest.toInstant(), waiting, partitions);
    }

    private long count(String[] reach, Instant since) {
        return jdbc.sql("SELECT count(*) FROM records.statement WHERE " + REACH + " AND stored >= :since")
                .param("reach", reach).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    private static String[] reach(Scope scope) {
        return scope.adminPaths().stream().map(OrgPath::likePattern).toArray(String[]::new);
    }

    private static String shownActor(String key) {
        if (key.startsWith("mbox:mailto:")) {
            return String.valueOf(Masking.email(key.substring("mbox:mailto:".length())));
        }
        if (key.startsWith("account:")) {
            return key.substring(key.indexOf('|') + 1);
        }
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}

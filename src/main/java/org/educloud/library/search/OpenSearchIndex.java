package org.educloud.library.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps one OpenSearch index equal to the database for every node of an installation (ADR 32). The index follows
 * the same change log as the embedded indexes, with one place in it for the index, not one per node: each batch is
 * indexed by whichever node holds the place's row lock (the others skip that round), and the place moves in the same
 * transaction once the cluster has the batch (a crash in between repeats an idempotent write).
 * <p>
 * Searches read an alias; the index behind it carries the database's generation and the mapping's version in its
 * {@code _meta}. When they do not match (another database, a restored backup, a new mapping), when there is none, or
 * when the index has no place in the log, a new index is built beside the old one from the database and the alias
 * moved to it, so searches go on meanwhile. Changes logged during the build are kept for it: its place is taken, and
 * held, before the database is read.
 */
class OpenSearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchIndex.class);
    private static final int REBUILD_BATCH = 500;
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(1);
    /** The advisory lock of the one node that rebuilds an index; any number no other lock uses. */
    private static final long REBUILD_LOCK = 0x4564_754F_5352_4542L;

    private final OpenSearchClient client;
    private final OpenSearchDocuments documents;
    private final SearchChangeLog log;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final String alias;
    private final int replicas;
    private final Duration absentAfter;
    /** How long a transaction holding the index's place may wait for the cluster between two statements. */
    private final Duration idleAllowed;
    private Instant housekeptAt = Instant.now();
    private volatile boolean started;
    /** Whether the index was found current (or rebuilt) since the node started. */
    private volatile boolean checked;

    OpenSearchIndex(OpenSearchClient client, OpenSearchDocuments documents, SearchChangeLog log, JdbcClient jdbc,
                    PlatformTransactionManager transactions, String alias, int replicas, Duration absentAfter,
                    Duration timeout) {
        this.client = client;
        this.documents = documents;
        this.log = log;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alias = alias;
        this.replicas = replicas;
        this.absentAfter = absentAfter;
        this.idleAllowed = timeout.multipliedBy(3).compareTo(Duration.ofMinutes(1)) > 0 ? timeout.multipliedBy(3)
                : Duration.ofMinutes(1);
    }

    /** The index's name in the change log: one place for all nodes. */
    String follower() {
        return "opensearch:" + alias;
    }

    /**
     * Rebuilds the index unless it is current and has its place, then follows the log. A cluster that cannot be
     * reached does not stop the node from starting: the check is made again at each drain until it succeeds.
     */
    synchronized void atStartup() {
        started = true;
        checked = false;
        try {
            drain();
        } catch (SearchUnavailableException e) {
            LOG.warn("The search cluster cannot be reached ({}); its index is checked and followed once it can be",
                    e.getCause() == null ? e : e.getCause().getMessage());
        } catch (RuntimeException e) {
            // a cluster that refuses what the library asks must not keep the node from starting: searching answers
            // unavailable, and the check is made again at each drain
            LOG.error("The OpenSearch index {} could not be checked or rebuilt at start; it is tried again at each"
                    + " drain", alias, e);
        }
    }

    /**
     * Numbers the outbox's committed changes and indexes the log past the index's place, one batch at a time,
     * unless another node is doing so; returns how many changes it indexed.
     */
    synchronized int drain() {
        if (!started) {
            return 0;
        }
        if (!checked) {
            if (!current() || log.place(follower()).isEmpty()) {
                LOG.info("The OpenSearch index {} does not match this database or mapping, or has no place in the"
                        + " change log; rebuilding it", alias);
                rebuild(false);
            }
            checked = true;
        }
        log.sequence();
        int total = 0;
        try {
            for (Integer indexed; (indexed = transaction.execute(status -> nextBatch())) != null && indexed > 0; ) {
                total += indexed;
            }
        } catch (IndexMissingException e) {
            // the index behind the alias is gone (deleted by hand, a cluster restored without it): the batch cannot
            // be written, and a rebuild from the database is the only way on; it takes the place at the log's end
            checked = false;
            LOG.warn("The OpenSearch index {} is gone ({}); rebuilding it", alias, e.getMessage());
            rebuild(false);
            checked = true;
        } catch (SearchUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // the cluster refused the batch: check the index again at the next drain instead of trusting that it is
            // the one this node found at its start, and rebuild it if it is not
            checked = false;
            throw e;
        }
        if (Instant.now().isAfter(housekeptAt.plus(HOUSEKEEPING_EVERY))) {
            housekeep();
        }
        return total;
    }

    /** A bulk write's items were refused because the index they go to does not exist. */
    static final class IndexMissingException extends IllegalStateException {

        IndexMissingException(String message) {
            super(message);
        }
    }

    /** Indexes the next batch after the index's place and moves it; 0 when none, null when another node holds it. */
    private @Nullable Integer nextBatch() {
        Optional<Long> place = log.lockedPlace(follower());
        if (place.isEmpty()) {
            if (!log.hasPlace(follower())) {
                LOG.warn("The OpenSearch index {} lost its place in the change log (no node followed it for longer"
                        + " than {}); rebuilding it", alias, absentAfter);
                rebuild(false);
            }
            return null;
        }
        boundIdleTime();
        List<SearchChangeLog.Change> changes = log.after(place.get());
        if (changes.isEmpty()) {
            log.passed(follower(), place.get());
            return 0;
        }
        List<Long> ids = changes.stream().map(SearchChangeLog.Change::resourceId).distinct().toList();
        write(alias, "require_alias=true&refresh=true", documents.of(ids), ids);
        log.passed(follower(), changes.getLast().seq());
        return changes.size();
    }

    /** Once a minute: the log pruned, and the index rebuilt if it no longer matches (a cluster wiped, a restore). */
    private void housekeep() {
        housekeptAt = Instant.now();
        log.prune(absentAfter);
        if (!current()) {
            LOG.warn("The OpenSearch index {} no longer matches this database or mapping; rebuilding it", alias);
            rebuild(false);
        }
    }

    /**
     * Builds a new index from the database and moves the alias to it; the old one is deleted. One node at a time:
     * another node's rebuild is waited for, and then this one is not needed unless {@code always}.
     */
    long rebuild(boolean always) {
        Long indexed = separately.execute(status -> {
            boundIdleTime();
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(REBUILD_LOCK ^ alias.hashCode())
                    .query((rs, n) -> 1).list();
            if (!always && current() && log.hasPlace(follower())) {
                return -1L;
            }
            return build();
        });
        return indexed == null ? 0 : indexed;
    }

    /**
     * The transactions that hold the index's place (or the rebuild's lock) wait for the cluster between their
     * statements. Each call to the cluster ends within its deadline; should a thread hang anyway, the database ends
     * the session rather than let the lock stop every node's indexing.
     */
    private void boundIdleTime() {
        jdbc.sql("SELECT set_config('idle_in_transaction_session_timeout', ?, true)")
                .param(idleAllowed.toMillis() + "ms").query((rs, n) -> 1).list();
    }

    /**
     * The rebuild itself, in the transaction that holds the index's place (taken first, at the log's end, and locked
     * until the alias has moved, so no node indexes into the old index what the new one would miss).
     */
    private long build() {
        // numbering the outbox waits for no rebuild: it commits on its own
        separately.executeWithoutResult(status -> log.sequence());
        long through = log.placeAtLogEnd(follower());
        String generation = generation();
        String index = alias + "-" + System.currentTimeMillis();
        OpenSearchClient.expectOk(client.put(index, OpenSearchMapping.index(client.json(), replicas, generation,
                        alias)),
                "creating the index " + index);
        long indexed = 0;
        long after = 0;
        for (List<OpenSearchDocuments.Document> batch; !(batch = documents.after(after, REBUILD_BATCH)).isEmpty(); ) {
            write(index, "", batch, List.of());
            indexed += batch.size();
            after = batch.getLast().id();
        }
        OpenSearchClient.expectOk(client.post(index + "/_refresh", client.json().createObjectNode()),
                "refreshing " + index);
        moveAlias(index);
        LOG.info("OpenSearch index {} ({}) rebuilt: {} resources, following the change log after {}", alias, index,
                indexed, through);
        return indexed;
    }

    /**
     * Points the alias at the new index in one step, then deletes the indexes it pointed to, and those this code
     * created for the alias that it never pointed to (a rebuild cut short): named {@code <alias>-<millis>} and marked
     * in their {@code _meta} as built for this alias or from this database. Other indexes whose names merely begin
     * with the alias's (another installation's on a shared cluster) are left alone.
     */
    private void moveAlias(String index) {
        Set<String> old = new HashSet<>();
        OpenSearchClient.Response pointed = client.get("_alias/" + alias);
        if (pointed.ok()) {
            pointed.body().propertyNames().forEach(old::add);
        }
        old.remove(index);
        ObjectNode actions = client.json().createObjectNode();
        ArrayNode steps = actions.putArray("actions");
        steps.addObject().putObject("add").put("index", index).put("alias", alias);
        old.forEach(name -> steps.addObject().putObject("remove").put("index", name).put("alias", alias)
                .put("must_exist", false));
        OpenSearchClient.expectOk(client.post("_aliases", actions), "moving the alias " + alias);
        Set<String> deleted = new HashSet<>(old);
        deleted.addAll(orphans());
        deleted.remove(index);
        for (String name : deleted) {
            client.delete(name);
        }
    }

    /** Indexes this code built for the alias that nothing points to: left by rebuilds cut short. */
    private Set<String> orphans() {
        Set<String> orphans = new HashSet<>();
        OpenSearchClient.Response found = client.get(alias + "-*");
        if (!found.ok()) {
            return orphans;
        }
        Pattern built = builtIndexName(alias);
        String generation = generation();
        for (var entry : found.body().properties()) {
            JsonNode meta = entry.getValue().path("mappings").path("_meta");
            boolean ours = meta.path(OpenSearchMapping.META_ALIAS).asString("").equals(alias)
                    || meta.path("generation").asString("").equals(generation);
            if (built.matcher(entry.getKey()).matches() && ours && entry.getValue().path("aliases").isEmpty()) {
                orphans.add(entry.getKey());
            }
        }
        return orphans;
    }

    /** The names of the indexes built for an alias: the alias, a hyphen and the build's time in milliseconds. */
    static Pattern builtIndexName(String alias) {
        return Pattern.compile(Pattern.quote(alias) + "-\\d{13}");
    }

    /** Whether the alias names an index of this database's generation and this mapping's version. */
    boolean current() {
        OpenSearchClient.Response mapping = client.get(alias + "/_mapping");
        if (!mapping.ok()) {
            return false;
        }
        for (JsonNode index : mapping.body()) {
            JsonNode meta = index.path("mappings").path("_meta");
            if (meta.path("generation").asString("").equals(generation())
                    && meta.path("mapping_version").asInt(0) == OpenSearchMapping.VERSION) {
                return true;
            }
        }
        return false;
    }

    private String generation() {
        return log.generation();
    }

    /**
     * Writes documents, and deletes the resources asked for that have none (gone from the database), in bulk
     * requests of at most {@link OpenSearchClient#MAX_REQUEST_BYTES}.
     */
    private void write(String index, String parameters, List<OpenSearchDocuments.Document> written,
                       List<Long> asked) {
        Set<Long> gone = new HashSet<>(asked);
        List<byte[]> actions = new ArrayList<>();
        for (OpenSearchDocuments.Document document : written) {
            gone.remove(document.id());
            actions.add(join("{\"index\":{\"_id\":\"" + document.id() + "\"}}\n",
                    client.json().writeValueAsBytes(document.source())));
        }
        for (Long id : gone) {
            actions.add(join("{\"delete\":{\"_id\":\"" + id + "\"}}\n", null));
        }
        String path = index + "/_bulk" + (parameters.isEmpty() ? "" : "?" + parameters);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] action : actions) {
            if (body.size() > 0 && body.size() + action.length > OpenSearchClient.MAX_REQUEST_BYTES) {
                checkBulk(client.bulk(path, body.toByteArray()), index);
                body.reset();
            }
            body.writeBytes(action);
        }
        if (body.size() > 0) {
            checkBulk(client.bulk(path, body.toByteArray()), index);
        }
    }

    /** Whether the cluster's error says that the index (or the alias, with {@code require_alias}) does not exist. */
    private static boolean isIndexMissing(JsonNode error) {
        return error.path("type").asString("").equals("index_not_found_exception");
    }

    /** One action of a bulk request: its line, and its document's line if it has one. */
    private static byte[] join(String action, byte @Nullable [] source) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes(action.getBytes(StandardCharsets.UTF_8));
        if (source != null) {
            lines.writeBytes(source);
            lines.write('\n');
        }
        return lines.toByteArray();
    }

    private static void checkBulk(OpenSearchClient.Response response, String index) {
        if (response.status() == 404 && isIndexMissing(response.body().path("error"))) {
            throw new IndexMissingException("a bulk write to " + index + ": " + response.body().path("error"));
        }
        JsonNode body = OpenSearchClient.expectOk(response, "a bulk write to " + index);
        if (body.path("errors").asBoolean(false)) {
            for (JsonNode item : body.path("items")) {
                for (JsonNode result : item) {
                    if (isIndexMissing(result.path("error"))) {
                        throw new IndexMissingException("a document of " + index + ": " + result.path("error"));
                    }
                    if (result.has("error")) {
                        throw new IllegalStateException("The search cluster refused a document of " + index + ": "
                                + result.path("error"));
                    }
                }
            }
        }
    }
}

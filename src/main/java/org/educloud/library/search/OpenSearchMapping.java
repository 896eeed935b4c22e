package org.educloud.library.search;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch index of the library: settings, analysis and fields, and the version of all that. One shard, so
 * that facet counts are exact and scores comparable, as in the embedded index.
 */
final class OpenSearchMapping {

    /** Raise when the fields or analysis below change: an index of an older version is rebuilt. */
    static final int VERSION = 1;
    /** The smartcn words the application wrote, split at spaces. */
    static final String WORDS = "words";
    /** The text, read by the cluster as CJK bigrams with unigrams (searched as bigrams only). */
    static final String BIGRAMS = "bigrams";
    /** The {@code _meta} entry naming the alias an index was built for. */
    static final String META_ALIAS = "built_for_alias";

    private OpenSearchMapping() {
    }

    /** The body that creates an index, marked with the database's generation and this mapping's version. */
    static ObjectNode index(JsonMapper json, int replicas, String generation, String alias) {
        ObjectNode body = json.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", 1);
        index.put("number_of_replicas", replicas);
        // the embedded index holds the same readings: standard tokenizer, markup stripped, width folded, lower case
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("filter").putObject("bigrams_and_unigrams").put("type", "cjk_bigram")
                .put("output_unigrams", true);
        ObjectNode analyzers = analysis.putObject("analyzer");
        ObjectNode bigrams = analyzers.putObject("bigrams_html").put("type", "custom").put("tokenizer", "standard");
        bigrams.putArray("char_filter").add("html_strip");
        bigrams.putArray("filter").add("cjk_width").add("lowercase").add("bigrams_and_unigrams");
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode meta = mappings.putObject("_meta");
        meta.put("generation", generation);
        meta.put("mapping_version", VERSION);
        // which installation's alias it was built for: what a rebuild may delete as its own
        meta.put(META_ALIAS, alias);
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject(WORDS).put("type", "text").put("analyzer", "whitespace");
        properties.putObject(BIGRAMS).put("type", "text").put("analyzer", "bigrams_html");
        for (String keyword : new String[] {"type", "stage", "subject", "sharing", "status", "edition", "sharePath"}) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("grade").put("type", "integer");
        for (String number : new String[] {"ownerId", "authorId", "usage"}) {
            properties.putObject(number).put("type", "long");
        }
        properties.putObject("featured").put("type", "boolean");
        properties.putObject("publishedAt").put("type", "date").put("format", "epoch_millis");
        properties.putObject("rating").put("type", "double");
        return body;
    }
}

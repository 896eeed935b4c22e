package org.educloud.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.educloud.library.resources.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as an OpenSearch document, read from its row: the fields the embedded index holds (ADR 14) under the
 * same names. Its text goes in twice: as the smartcn words the application's own analyzer reads
 * ({@link LibraryAnalysis}, markup stripped), space-separated for the cluster's {@code whitespace} analyzer, since
 * OpenSearch's smartcn plugin is not on Maven Central and a province's cluster should need no plugin; and as the
 * text itself, which the cluster splits into CJK bigrams with the same chain as the embedded index.
 */
final class OpenSearchDocuments {

    private static final String COLUMNS = """
            id, title, description, search_terms, type, stage, subject, grade, owner_id, author_id, sharing,
            share_path, status, featured, published_at, edition, view_count + download_count AS usage,
            CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum::float8 / rating_count END AS rating
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Analyzer words = LibraryAnalysis.words(true);

    OpenSearchDocuments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A document with its resource's id. */
    record Document(long id, ObjectNode source) {
    }

    /** The documents of these resources, leaving out those no longer in the database. */
    List<Document> of(List<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT " + COLUMNS
                        + " FROM library.resource WHERE id = ANY(CAST(? AS bigint[]))")
                .param(ids.toArray(Long[]::new)).query((rs, n) -> document(rs)).list();
    }

    /** The next documents after a resource id, in id order, for a rebuild. */
    List<Document> after(long id, int count) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library.resource WHERE id > ? ORDER BY id LIMIT ?")
                .params(id, count).query((rs, n) -> document(rs)).list();
    }

    private Document document(ResultSet rs) throws SQLException {
        String text = Resource.searchText(rs.getString("title"), rs.getString("description"),
                rs.getString("search_terms"));
        ObjectNode source = json.createObjectNode();
        source.put(OpenSearchMapping.WORDS, words(text));
        source.put(OpenSearchMapping.BIGRAMS, text);
        for (String keyword : List.of("type", "stage", "subject", "sharing", "status", "edition")) {
            source.put(keyword, rs.getString(keyword));
        }
        source.put("sharePath", rs.getString("share_path"));
        int grade = rs.getInt("grade");
        if (!rs.wasNull()) {
            source.put("grade", grade);
        }
        source.put("ownerId", rs.getLong("owner_id"));
        source.put("authorId", rs.getLong("author_id"));
        source.put("featured", rs.getBoolean("featured"));
        Timestamp published = rs.getTimestamp("published_at");
        if (published != null) {
            source.put("publishedAt", published.getTime());
        }
        source.put("usage", rs.getLong("usage"));
        source.put("rating", rs.getDouble("rating"));
        return new Document(rs.getLong("id"), source);
    }

    /** The text's smartcn words, as the embedded index reads them, separated by spaces. */
    private String words(String text) {
        StringBuilder words = new StringBuilder(text.length());
        try (TokenStream tokens = this.words.tokenStream(OpenSearchMapping.WORDS, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.toString();
    }
}

package org.educloud.library.resources;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.library.FileVersionView;
import org.educloud.library.ResourceFileView;
import org.educloud.library.StoredFile;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files of resources and their versions, each version pointing at stored content. */
@Component
public class ResourceFiles {

    private final JdbcClient jdbc;

    ResourceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long addFile(long resourceId, StoredFile content, @Nullable String note, UserId by, Instant at) {
        int position = jdbc.sql("SELECT count(*) FROM library.resource_file WHERE resource_id = ?").param(resourceId)
                .query(Integer.class).single();
        long fileId = jdbc.sql("INSERT INTO library.resource_file (resource_id, position, name) VALUES (?, ?, ?) "
                        + "RETURNING id")
                .params(resourceId, position, content.fileName()).query(Long.class).single();
        addVersion(fileId, content, note, by, at);
        return fileId;
    }

    int addVersion(long fileId, StoredFile content, @Nullable String note, UserId by, Instant at) {
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM library.file_version WHERE file_id = ?")
                .param(fileId).query(Integer.class).single();
        jdbc.sql("INSERT INTO library.file_version (file_id, number, sha256, file_name, size, media_type, note, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fileId, number, content.sha256(), content.fileName(), content.size(), content.mediaType(),
                        note == null || note.isBlank() ? null : note.strip(), by.value(), Timestamp.from(at))
                .update();
        return number;
    }

    boolean belongs(long fileId, long resourceId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM library.resource_file WHERE id = ? AND resource_id = ?)")
                .params(fileId, resourceId).query(Boolean.class).single();
    }

    public List<ResourceFileView> of(long resourceId) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<FileVersionView>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT f.id AS file_id, f.name, v.id, v.number, v.file_name, v.size, v.media_type, v.note,
                               v.uploaded_at, p.sha256 IS NOT NULL AS has_preview
                        FROM library.resource_file f JOIN library.file_version v ON v.file_id = f.id
                        LEFT JOIN library.preview p ON p.sha256 = v.sha256
                        WHERE f.resource_id = ? ORDER BY f.position, v.number DESC""")
                .param(resourceId)
                .query(rs -> {
                    long fileId = rs.getLong("file_id");
                    names.putIfAbsent(fileId, rs.getString("name"));
                    versions.computeIfAbsent(fileId, id -> new ArrayList<>()).add(new FileVersionView(rs.getLong("id"),
                            rs.getInt("number"), rs.getString("file_name"), rs.getLong("size"),
                            rs.getString("media_type"), rs.getString("note"),
                            rs.getTimestamp("uploaded_at").toInstant(), rs.getBoolean("has_preview")));
                });
        return names.entrySet().stream()
                .map(e -> new ResourceFileView(e.getKey(), e.getValue(), List.copyOf(versions.get(e.getKey()))))
                .toList();
    }

    /** The stored content of a file's version (its newest when {@code number} is null). */
    public Optional<Version> version(long resourceId, long fileId, @Nullable Integer number) {
        return jdbc.sql("""
                        SELECT v.sha256, v.file_name, v.media_type, v.size FROM library.resource_file f
                        JOIN library.file_version v ON v.file_id = f.id
                        WHERE f.id = ? AND f.resource_id = ? AND (CAST(? AS int) IS NULL OR v.number = ?)
                        ORDER BY v.number DESC LIMIT 1""")
                .params(fileId, resourceId, number, number)
                .query((rs, n) -> new Version(rs.getString(1).strip(), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    public record Version(String sha256, String fileName, String mediaType, long size) {
    }
}

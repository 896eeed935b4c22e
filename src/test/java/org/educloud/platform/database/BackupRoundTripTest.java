package org.educloud.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.educloud.EduCloudApplication;
import org.educloud.platform.runtime.PlatformProperties;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The installation's backup and restore: a backup taken while the platform runs is restored into fresh directories,
 * and a second platform started on them finds the resources again (its search index rebuilt from the restored
 * database) and serves their files with the same ETags. A damaged backup is refused before anything is written.
 */
@EduCloudTest
class BackupRoundTripTest {

    @TempDir
    Path temp;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformProperties platform;

    record PublicFile(long resource, long file, String sha256) {
    }

    @Test
    void aBackupOfTheRunningPlatformRestoresIntoAFreshDataDirectoryWhereSearchAndDownloadsWork() throws Exception {
        PublicFile published = jdbc.sql("""
                SELECT r.id AS resource, f.id AS file, v.sha256 FROM library.resource r
                JOIN library.resource_file f ON f.resource_id = r.id JOIN library.file_version v ON v.file_id = f.id
                WHERE r.status = 'PUBLISHED' AND r.sharing = 'PUBLIC' ORDER BY r.id, f.id, v.number DESC LIMIT 1
                """).query(PublicFile.class).single();
        String searched = jdbc.sql("SELECT title FROM library.resource WHERE id = ?").param(published.resource())
                .query(String.class).single();
        long accounts = jdbc.sql("SELECT count(*) FROM identity.account").query(Long.class).single();

        Path backup = temp.resolve("backup");
        BackupManifest made = InstallationBackup.backUp(settings(platform.embeddedDataDirectory(),
                Path.of("target/test-files")), backup);

        assertThat(made.database()).isEqualTo(BackupManifest.BASE_BACKUP);
        assertThat(made.files()).extracting(BackupManifest.Entry::path)
                .contains("database/PG_VERSION", "database/backup_label")
                .anyMatch(path -> path.endsWith("/" + published.sha256()))
                .noneMatch(path -> path.startsWith("files/index/") || path.equals("database/postmaster.pid"));
        assertThat(Files.readString(backup.resolve("manifest.json"))).contains(published.sha256());

        Path data = temp.resolve("restored-postgres");
        Path files = temp.resolve("restored-files");
        InstallationBackup.restore(settings(data, files), backup);
        assertThat(files.resolve("index").resolve("generation")).as("no index is restored").doesNotExist();

        // command-line arguments: they override application.yml (the builder's properties would not)
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(EduCloudApplication.class).run(
                "--educloud.platform.embedded-data-directory=" + data,
                "--educloud.library.directory=" + files,
                "--server.port=0",
                "--spring.jmx.enabled=false")) {
            assertThat(restored.getBean(JdbcClient.class).sql("SELECT count(*) FROM identity.account")
                    .query(Long.class).single()).isEqualTo(accounts);
            assertThat(files.resolve("index").resolve("generation")).as("the index was rebuilt").exists();
            assertThat(restored.getBean(JdbcClient.class).sql("SELECT generation FROM library.search_index_state")
                    .query(String.class).single())
                    .as("indexes of the original's nodes no longer match the restored database")
                    .isNotEqualTo(jdbc.sql("SELECT generation FROM library.search_index_state")
                            .query(String.class).single());

            String base = "http://localhost:" + ((WebServerApplicationContext) restored).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(base + "/open/resources?text="
                    + java.net.URLEncoder.encode(searched, java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(search.body()).contains("/open/resources/" + published.resource());

            URI content = URI.create(base + "/open/resources/" + published.resource() + "/files/" + published.file()
                    + "/content");
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(content).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("ETag")).hasValue("\"" + published.sha256() + "\"");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                    .isEqualTo(published.sha256());
            HttpResponse<Void> unchanged = http.send(HttpRequest.newBuilder(content)
                    .header("If-None-Match", "\"" + published.sha256() + "\"").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(unchanged.statusCode()).isEqualTo(304);
        }

        // one byte changed anywhere, and the restore stops before it writes anything
        Path stored = backup.resolve(made.files().stream().filter(f -> f.path().startsWith("files/"))
                .findFirst().orElseThrow().path());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[0] ^= 1;
        Files.write(stored, bytes);
        Path otherData = temp.resolve("other-postgres");
        assertThatThrownBy(() -> InstallationBackup.restore(settings(otherData, temp.resolve("other-files")), backup))
                .isInstanceOf(BackupException.class).hasMessageContaining("has another SHA-256");
        assertThat(otherData).doesNotExist();
        // and nothing is restored over an installation
        assertThatThrownBy(() -> InstallationBackup.restore(settings(data, temp.resolve("third-files")), backup))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not empty");
    }

    private InstallationBackup.Settings settings(Path dataDirectory, Path filesDirectory) {
        PlatformProperties shipped = EmbeddedDatabaseTest.shippedSettings(dataDirectory);
        return new InstallationBackup.Settings(shipped, null, null, null, filesDirectory, "local", "pg_dump",
                "pg_restore", "test");
    }
}

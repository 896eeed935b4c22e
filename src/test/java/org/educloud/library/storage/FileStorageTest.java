package org.educloud.library.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Both storages behave the same: contents stored once under their hash, read whole or by range, removed. The S3
 * storage runs against s3proxy, an S3 server in this JVM keeping its objects on disk.
 */
class FileStorageTest {

    @TempDir
    static Path directory;

    private static S3Proxy s3proxy;
    private static S3Client s3;

    @BeforeAll
    static void startS3() throws Exception {
        Properties properties = new Properties();
        Path objects = Files.createDirectories(directory.resolve("s3"));
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        s3proxy = S3Proxy.builder().blobStore(BlobStores.create("filesystem", properties))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "educloud", "educloud-secret").build();
        s3proxy.start();
        while (!s3proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        s3 = S3Client.builder().region(Region.US_EAST_1).forcePathStyle(true)
                .endpointOverride(URI.create("http://127.0.0.1:" + s3proxy.getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("educloud", "educloud-secret"))).build();
        s3.createBucket(b -> b.bucket("educloud"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
        s3proxy.stop();
    }

    private static FileStorage storage(String kind) throws Exception {
        return kind.equals("local") ? new LocalDirectoryStorage(directory.resolve("local"))
                : new S3ObjectStorage(s3, "educloud");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void storesContentOnceAndReadsAnyRangeOfIt(String kind) throws Exception {
        FileStorage storage = storage(kind);
        byte[] content = "0123456789abcdefghij".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        String key = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        Path upload = Files.write(Files.createTempFile(directory, "up", ".part"), content);
        storage.put(key, upload);
        Path again = Files.write(Files.createTempFile(directory, "up", ".part"), content);
        storage.put(key, again);

        assertThat(storage.exists(key)).isTrue();
        assertThat(upload).doesNotExist();
        assertThat(again).doesNotExist();
        try (InputStream whole = storage.open(key, 0, content.length)) {
            assertThat(whole.readAllBytes()).isEqualTo(content);
        }
        try (InputStream middle = storage.open(key, 10_005, 7)) {
            assertThat(new String(middle.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("56789ab");
        }
        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void listsWhatWasStoredBeforeACutoff(String kind) throws Exception {
        FileStorage storage = storage(kind);
        byte[] content = ("listed " + kind).getBytes(StandardCharsets.US_ASCII);
        String key = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        storage.put(key, Files.write(Files.createTempFile(directory, "up", ".part"), content));
        java.util.List<String> later = new java.util.ArrayList<>();
        storage.forEachOlderThan(java.time.Instant.now().plusSeconds(60), later::add);
        java.util.List<String> earlier = new java.util.ArrayList<>();
        storage.forEachOlderThan(java.time.Instant.now().minusSeconds(3600), earlier::add);
        assertThat(later).contains(key);
        assertThat(earlier).doesNotContain(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void refusesKeysThatAreNotContentHashes(String kind) throws Exception {
        FileStorage storage = storage(kind);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.open("../../etc/passwd", 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.educloud.library.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Contents as objects of one bucket of any S3-compatible store, under {@code files/<key>}. Ranged reads ask the
 * store for just those bytes, so seeking in a video costs no more than the part watched.
 */
public final class S3ObjectStorage implements FileStorage {

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStorage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path checkedFile) throws IOException {
        try {
            if (!exists(key)) {
                s3.putObject(b -> b.bucket(bucket).key(objectKey(key)), RequestBody.fromFile(checkedFile));
            }
        } finally {
            Files.deleteIfExists(checkedFile);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(b -> b.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 refused to describe " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectKey(key))
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (S3Exception e) {
            throw new IOException("S3 refused to read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public void forEachOlderThan(java.time.Instant cutoff, java.util.function.Consumer<String> key) {
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("files/")).contents().forEach(object -> {
            String name = object.key().substring("files/".length());
            if (name.matches("[0-9a-f]{64}") && object.lastModified().isBefore(cutoff)) {
                key.accept(name);
            }
        });
    }

    private static String objectKey(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a content key: " + key);
        }
        return "files/" + key;
    }
}

package org.educloud.library.storage;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the resource library: its file storage, and how far its search counts exactly.
 *
 * @param storage     {@code local} (a directory) or {@code s3} (an S3-compatible bucket)
 * @param directory   the local storage directory; with S3 it still holds uploads while they are checked
 * @param maxFileSize the largest file anyone may upload
 * @param s3          the bucket, when {@code storage} is {@code s3}
 * @param exactCountsUpTo up to how many hits a search counts their facets exactly; above it, the facet counts are
 *                    estimates from a sample, and say so (the number of hits stays exact)
 * @param search      where searches run
 */
@ConfigurationProperties("educloud.library")
public record LibraryProperties(@DefaultValue("local") StorageKind storage,
                                @DefaultValue("data/files") Path directory,
                                @DefaultValue("1GB") DataSize maxFileSize,
                                @DefaultValue S3 s3,
                                @DefaultValue("50000") long exactCountsUpTo,
                                @DefaultValue Search search) {

    public enum StorageKind { LOCAL, S3 }

    /**
     * @param engine     {@code lucene}: an index on each node's own disk, kept by each node (the default);
     *                   {@code opensearch}: one index in an OpenSearch cluster that every node shares (ADR 32)
     * @param opensearch the cluster, when {@code engine} is {@code opensearch}
     */
    public record Search(@DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch) {
    }

    public enum Engine { LUCENE, OPENSEARCH }

    /**
     * @param url      the cluster's HTTP address (a node, or a balancer before its nodes)
     * @param index    the index's name; installations sharing one cluster need names of their own
     * @param replicas copies of the index's one shard on other nodes of the cluster
     * @param timeout  the longest any call to the cluster may take, connecting included
     * @param username with {@code password}, HTTP basic authentication (a cluster with its security plugin)
     */
    public record OpenSearch(@DefaultValue("http://127.0.0.1:9200") URI url,
                             @DefaultValue("educloud-resources") String index,
                             @DefaultValue("1") int replicas,
                             @DefaultValue("10s") Duration timeout,
                             @Nullable String username, @Nullable String password) {
    }

    /**
     * @param endpoint  the S3 API's address (MinIO, Ceph, a cloud's S3 endpoint); empty for AWS itself
     * @param pathStyle address the bucket as a path segment, as most S3-compatible servers expect
     */
    public record S3(@Nullable URI endpoint, @DefaultValue("educloud") String bucket,
                     @DefaultValue("us-east-1") String region, @Nullable String accessKey,
                     @Nullable String secretKey, @DefaultValue("true") boolean pathStyle) {
    }
}

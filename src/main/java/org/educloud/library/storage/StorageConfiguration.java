package org.educloud.library.storage;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Picks the storage the installation is configured for. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    FileStorage fileStorage(LibraryProperties properties) throws IOException {
        if (properties.storage() == LibraryProperties.StorageKind.LOCAL) {
            return new LocalDirectoryStorage(properties.directory().resolve("contents"));
        }
        LibraryProperties.S3 s3 = properties.s3();
        S3ClientBuilder builder = S3Client.builder().region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle());
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        builder.credentialsProvider(s3.accessKey() == null || s3.secretKey() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        return new S3ObjectStorage(builder.build(), s3.bucket());
    }
}

package org.educloud.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.springframework.util.FileSystemUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the zonky binaries when no external database is configured, so that
 * {@code mvn spring-boot:run} works with nothing installed. It is a bean, stopped when the context closes, after
 * everything that uses the data source.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        if (properties.cleanEmbeddedData()) {
            // zonky only cleans on close; a run that was killed would otherwise hand its data to the next one.
            FileSystemUtils.deleteRecursively(properties.embeddedDataDirectory());
        }
        Files.createDirectories(properties.embeddedDataDirectory());
        return EmbeddedPostgres.builder()
                .setDataDirectory(properties.embeddedDataDirectory())
                .setCleanDataDirectory(properties.cleanEmbeddedData())
                // Spring stops it as a bean, after everything that uses it; its own hook would race that.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("educloud-embedded");
        return dataSource;
    }
}

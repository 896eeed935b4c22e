package org.educloud.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.educloud.platform.NoExternalDatabase;
import org.educloud.platform.runtime.PlatformProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the zonky binaries when no external database is configured, so that
 * {@code mvn spring-boot:run} works with nothing installed. It is a bean, stopped when the context closes, after
 * everything that uses the data source. How it starts (durably, after stopping a server a killed run left behind) is
 * {@link EmbeddedDatabase}'s business.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PlatformProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties);
    }

    /**
     * The pool takes the same {@code spring.datasource.hikari.*} settings as the one Boot makes for an external
     * database (its connection timeout above all: see ADR 31).
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("educloud-embedded");
        return dataSource;
    }
}

package org.educloud.platform.runtime;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Asynchronous listeners (module events are handled after the publisher's commit, on their own thread) and
 * scheduled housekeeping are switched on here, once for every module. A job annotated {@code @SchedulerLock} runs
 * on one node at a time, locked through a row of {@code platform.shedlock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class CoreConfiguration {

    /** The database's clock decides who holds a lock, so nodes with drifting clocks still agree. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("platform.shedlock")
                .usingDbTime()
                .build());
    }

    /** One clock for every module, so tests can pin time and dates follow the installation's zone. */
    @Bean
    Clock clock(PlatformProperties properties) {
        return Clock.system(ZoneId.of(properties.timeZone()));
    }

    /**
     * bcrypt through the delegating encoder: hashes carry their algorithm id, so a later switch (e.g. to
     * Argon2id) re-hashes each password at its next successful login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Session attributes are upserted: two requests of one session (htmx makes that common) may both create the
     * CSRF token attribute, and a plain insert would fail one of them.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Spring Session takes this bean by its name; see {@link StoredSessionAttributes}. */
    @Bean("springSessionConversionService")
    GenericConversionService springSessionConversionService(ResourceLoader resources) {
        return StoredSessionAttributes.conversionService(resources.getClassLoader());
    }
}

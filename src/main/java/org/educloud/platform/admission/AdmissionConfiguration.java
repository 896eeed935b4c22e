package org.educloud.platform.admission;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.educloud.platform.errors.OverloadResponses;
import org.educloud.platform.runtime.RequestLimitProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The node's request limits, sized to its database pool unless set, with their gauges, and the admission filter
 * placed after the malformed-request guard and the database guard and before Spring Session's filter (which reads
 * the session from the database) and Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionConfiguration.class);

    /** Hikari's own default, for a data source whose pool size cannot be read. */
    private static final int DEFAULT_POOL_SIZE = 10;

    @Bean
    InFlightLimits inFlightLimits(RequestLimitProperties properties, DataSource dataSource, MeterRegistry meters) {
        int maxInFlight = properties.maxInFlight() > 0 ? properties.maxInFlight()
                : RequestLimitProperties.IN_FLIGHT_PER_CONNECTION * poolSize(dataSource);
        InFlightLimits limits = new InFlightLimits(maxInFlight, properties.perClient(), properties.perAddress(),
                properties.queueWait());
        Gauge.builder("educloud.requests.in-flight", limits, InFlightLimits::inFlight)
                .description("Requests holding a turn of this node").register(meters);
        Gauge.builder("educloud.requests.waiting", limits, InFlightLimits::waiting)
                .description("Requests waiting for a turn of this node").register(meters);
        Gauge.builder("educloud.requests.in-flight.limit", limits, InFlightLimits::maxInFlight)
                .description("Requests this node works on at once").register(meters);
        LOG.info("Requests in flight at once: {} on the node, {} per session or token, {} per address; wait {}",
                maxInFlight, properties.perClient(), properties.perAddress(), properties.queueWait());
        return limits;
    }

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(InFlightLimits limits, OverloadResponses responses,
            MeterRegistry meters, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
                new RequestAdmission(limits, responses, sessionCookie, meters));
        registration.setName("requestAdmission");
        // Spring Session's filter runs at Integer.MIN_VALUE + 50, Spring Security's at -100
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        registration.setAsyncSupported(true);
        return registration;
    }

    /** The pool as the application sees it: connections taken while a request holds its turn have its deadline. */
    @Bean
    static BeanPostProcessor requestDeadline(Environment environment) {
        Duration timeout = Binder.get(environment).bindOrCreate("educloud.platform.requests",
                RequestLimitProperties.class).databaseTimeout();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool ? new RequestDeadline(pool, timeout) : bean;
            }
        };
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException e) {
            // not a pool that says its size
        }
        return DEFAULT_POOL_SIZE;
    }
}

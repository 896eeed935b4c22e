package org.educloud.support;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The beans the {@code platform} module's CoreConfiguration gives every module, made the same way, for contexts that
 * boot one module without the platform: the installation's clock, the password encoder, and asynchronous event
 * listeners (so an {@code @ApplicationModuleListener} runs after the publisher's commit on its own thread, as in
 * production). Scheduling stays off: module tests run what the schedulers would, when they mean to.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAsync
class ModuleTestBeans {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

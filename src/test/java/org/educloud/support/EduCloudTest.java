package org.educloud.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context every integration test shares: the whole platform on a fresh embedded PostgreSQL
 * with the demo installation loaded, on a random port (for the browser tests) and with MockMvc (for the rest).
 * Keeping to one configuration means one database start per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "educloud.platform.embedded-data-directory=target/test-postgres",
        "educloud.platform.clean-embedded-data=true",
        "educloud.library.directory=target/test-files",
        "educloud.library.max-file-size=5MB",
        // tests drain the search outbox themselves, so what the index has seen is what the test says
        "educloud.library.index-drain-delay=1h",
        // tests run the due-soon reminders themselves
        "educloud.learning.reminder-delay=1h",
        "educloud.demo.enabled=true",
        // an address's wait outlasts any pause between two requests of a test (tests sit it out by moving it)
        "educloud.identity.address-delay=1m",
        "educloud.identity.address-max-delay=10m",
        // the tests' webhook receivers listen on plain HTTP on 127.0.0.1; production refuses both
        "educloud.integration.webhooks.allow-plain-http=true",
        "educloud.integration.webhooks.allow-loopback=true",
        // the tests' LTI tool listens on plain HTTP on 127.0.0.1 too
        "educloud.integration.lti.allow-plain-http=true",
        "educloud.integration.lti.allow-loopback=true",
        "spring.thymeleaf.cache=true"})
@AutoConfigureMockMvc
public @interface EduCloudTest {
}

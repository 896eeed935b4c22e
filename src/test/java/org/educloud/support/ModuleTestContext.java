package org.educloud.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * What a module's context needs besides the module itself, next to {@code @ApplicationModuleTest}: a fresh database
 * on the module tests' one embedded PostgreSQL ({@link ModuleTestDatabase}) and the few beans the {@code platform}
 * module gives every module ({@link ModuleTestBeans}). No demo installation: a module test makes the rows it reads.
 * <pre>
 * &#64;ApplicationModuleTest
 * &#64;ModuleTestContext
 * class TenancyModuleTest { … }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = ModuleTestDatabaseInitializer.class)
// fixtures built on the whole application's TenantFixture say @Profile("!" + MODULE_TEST) and stay out
@ActiveProfiles(ModuleTestContext.MODULE_TEST)
@Import(ModuleTestBeans.class)
@TestPropertySource(properties = {
        "educloud.demo.enabled=false",
        "educloud.library.max-file-size=5MB",
        // as in EduCloudTest: the tests drain the search outbox and run the reminders themselves
        "educloud.library.index-drain-delay=1h",
        "educloud.learning.reminder-delay=1h",
        "educloud.identity.address-delay=1m",
        "educloud.identity.address-max-delay=10m",
        "spring.thymeleaf.cache=true"})
public @interface ModuleTestContext {

    /** The profile of module contexts. */
    String MODULE_TEST = "module-test";
}

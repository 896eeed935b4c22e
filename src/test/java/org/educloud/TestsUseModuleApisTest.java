package org.educloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * Tests keep to the module boundaries main code keeps (issue 27). {@code ModularityTests} checks main code only, so a
 * test of module X could reach into module Y's slices and tie Y's internals to X's tests. A test of X may use:
 * <ul>
 * <li>any type of X itself;</li>
 * <li>Y's API: its root package, or a named interface of Y that X's {@code allowedDependencies} names
 * ({@code "maintenance :: tickets"}), as X's main code may;</li>
 * <li>a test fixture Y publishes from its root test package ({@code org.educloud.schoolday.SchooldayFixture}), which
 * may use Y's internals because Y owns it;</li>
 * <li>{@code shared} (an open module) and {@code org.educloud.support}, the harness of the whole application.</li>
 * </ul>
 * The harness itself and the system tests in the root package use no module's internals unless listed below with
 * the reason they have to.
 */
class TestsUseModuleApisTest {

    private static final String BASE = "org.educloud";

    private static final ApplicationModules MODULES = ApplicationModules.of(EduCloudApplication.class);

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(BASE);

    /**
     * Test classes outside every module (the root package's system tests, the {@code support} harness) allowed to
     * use modules' internals, each with the reason.
     */
    private static final Map<String, String> REACH_ANYWHERE = Map.of(
            "org.educloud.WorkAcrossNodesTest", "a system test of two nodes of the whole application: it drives each "
                    + "module's scheduled job, import and export on one node and reads the result on the other, "
                    + "which no module's API offers");

    @Test
    void aTestUsesOnlyOtherModulesApisAndPublishedFixtures() {
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass test : TESTS) {
            String origin = moduleOf(test.getPackageName());
            if (REACH_ANYWHERE.containsKey(outermost(test).getName())) {
                continue;
            }
            for (Dependency dependency : test.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                whyNotAllowed(origin, target).ifPresent(reason -> violations.add(
                        outermost(test).getName() + " uses " + outermost(target).getName() + ": " + reason));
            }
        }
        assertThat(violations).as("test classes using another module's internals (use its root API, a named "
                + "interface your module may use, or a fixture in its root test package)").isEmpty();
    }

    private static Optional<String> whyNotAllowed(String origin, JavaClass target) {
        String packageName = target.getPackageName();
        if (!packageName.startsWith(BASE + ".")) {
            return Optional.empty();
        }
        String owner = moduleOf(packageName);
        if (owner.equals(origin) || owner.equals("shared") || owner.equals("support")) {
            return Optional.empty();
        }
        boolean root = packageName.equals(BASE + "." + owner);
        if (TESTS.contain(target.getName())) {
            return root ? Optional.empty()
                    : Optional.of("a test type inside " + owner + "'s slices; publish it from " + BASE + "." + owner);
        }
        if (root || namedInterfaceAllowed(origin, owner, target.getName())) {
            return Optional.empty();
        }
        return Optional.of("internal to " + owner);
    }

    /** Whether {@code type} is in a named interface of {@code owner} that {@code origin}'s main code may use. */
    private static boolean namedInterfaceAllowed(String origin, String owner, String type) {
        Optional<ApplicationModule> user = MODULES.getModuleByName(origin);
        Optional<ApplicationModule> provider = MODULES.getModuleByName(owner);
        if (user.isEmpty() || provider.isEmpty()) {
            return false;
        }
        Optional<JavaClass> exposed = provider.get().getType(type);
        if (exposed.isEmpty()) {
            return false;
        }
        var allowed = Arrays.asList(user.get().getBasePackage().getAnnotation(
                org.springframework.modulith.ApplicationModule.class)
                .map(org.springframework.modulith.ApplicationModule::allowedDependencies)
                .orElse(new String[0]));
        return provider.get().getNamedInterfaces().getNamedInterfacesContaining(exposed.get())
                .filter(NamedInterface::isNamed)
                .anyMatch(named -> allowed.isEmpty() || allowed.contains(owner + " :: " + named.getName())
                        || allowed.contains(owner + " :: *"));
    }

    /** The first segment below {@code org.educloud}: a module's name, {@code support}, or "" for the root package. */
    private static String moduleOf(String packageName) {
        if (!packageName.startsWith(BASE + ".")) {
            return "";
        }
        String rest = packageName.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}

package org.educloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Pins the package convention of ADR 0025: a module's root package is its API for other modules, and everything
 * else lives in vertical sub-packages, each introduced by a package-info. A newcomer who opens a module's root sees
 * what the module offers and nothing of how it does it.
 */
class ModuleApiTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(EduCloudApplication.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.educloud");

    /**
     * Modules whose root may keep a {@code @Configuration}, each with the reason its package-info gives. Empty:
     * every module's wiring lives in a sub-package.
     */
    private static final Map<String, String> ROOT_CONFIGURATION_REASONS = Map.of();

    @Test
    void aModuleRootHoldsOnlyWhatOtherModulesUse() {
        List<String> misplaced = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String root = module.getBasePackage().getName();
            CLASSES.stream()
                    .filter(type -> type.getPackageName().equals(root) && type.isTopLevelClass())
                    .filter(type -> !type.getSimpleName().equals("package-info"))
                    .forEach(type -> whyNotApi(module, type).forEach(reason ->
                            misplaced.add(type.getName() + " " + reason)));
        }
        assertThat(misplaced).as("types in module roots that are not module API").isEmpty();
    }

    @Test
    void everySubPackageOfAModuleSaysWhatItHolds() {
        TreeSet<String> undocumented = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            String root = module.getBasePackage().getName();
            CLASSES.stream()
                    .map(JavaClass::getPackageName)
                    .filter(name -> name.startsWith(root + "."))
                    .filter(name -> !Files.isRegularFile(sourceDirectory(name).resolve("package-info.java")))
                    .forEach(undocumented::add);
        }
        assertThat(undocumented).as("sub-packages without a package-info.java").isEmpty();
    }

    private static List<String> whyNotApi(ApplicationModule module, JavaClass type) {
        List<String> reasons = new ArrayList<>();
        if (type.isAnnotatedWith("jakarta.persistence.Entity")
                || type.isAnnotatedWith("jakarta.persistence.Embeddable")) {
            reasons.add("is a JPA entity");
        }
        if (type.isAssignableTo("org.springframework.data.repository.Repository")) {
            reasons.add("is a Spring Data repository");
        }
        if (type.isMetaAnnotatedWith("org.springframework.stereotype.Controller")
                || type.isAnnotatedWith("org.springframework.stereotype.Controller")
                || type.isMetaAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
                || type.isAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")) {
            reasons.add("is a web controller or controller advice");
        }
        if (isConfiguration(type)
                && !ROOT_CONFIGURATION_REASONS.containsKey(module.getIdentifier().toString())) {
            reasons.add("is a @Configuration");
        }
        if (!type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
            reasons.add("is not public, so it is no API: move it into the slice that uses it");
        } else if (!isApiKind(type) && !usedByAnotherModule(module, type)) {
            reasons.add("is a public class no other module uses: move it into a slice");
        }
        return reasons;
    }

    private static boolean isConfiguration(JavaClass type) {
        return type.isAnnotatedWith("org.springframework.context.annotation.Configuration")
                || type.isMetaAnnotatedWith("org.springframework.context.annotation.Configuration");
    }

    /** Value types, contracts and signals: what a facade's signatures and a module's events are made of. */
    private static boolean isApiKind(JavaClass type) {
        return type.isRecord() || type.isEnum() || type.isInterface() || type.isAnnotation()
                || type.isAssignableTo(Throwable.class) || isConstantSet(type);
    }

    /**
     * A final class of constants only (such as identity's scope names). The compiler copies constants into their
     * users, so the bytecode shows no dependency from the modules that use them.
     */
    private static boolean isConstantSet(JavaClass type) {
        return type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                && !type.getFields().isEmpty()
                && type.getFields().stream().allMatch(field -> field.getModifiers().containsAll(List.of(
                        com.tngtech.archunit.core.domain.JavaModifier.STATIC,
                        com.tngtech.archunit.core.domain.JavaModifier.FINAL)))
                && type.getMethods().isEmpty();
    }

    private static boolean usedByAnotherModule(ApplicationModule module, JavaClass type) {
        return type.getDirectDependenciesToSelf().stream()
                .map(dependency -> dependency.getOriginClass().getPackageName())
                .anyMatch(origin -> MODULES.getModuleForPackage(origin)
                        .filter(other -> !other.getIdentifier().equals(module.getIdentifier()))
                        .isPresent());
    }

    private static Path sourceDirectory(String packageName) {
        return Path.of("src", "main", "java").resolve(packageName.replace('.', '/'));
    }
}

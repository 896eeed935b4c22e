package org.educloud.maintenance.status;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterImports;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * What the status page shows. Health components report their status only (their details, such as the database's
 * version or disk paths, stay with the operators' actuator); the storage is that of the directories the platform
 * writes (files and search indexes, and the embedded database when it runs one).
 */
@Service
class PlatformStatus {

    /** Failed imports older than this are no longer the platform's news. */
    private static final int IMPORT_DAYS = 7;
    private static final int IMPORTS_SHOWN = 10;

    /** One health component and its status code (UP, DOWN, OUT_OF_SERVICE, UNKNOWN). */
    record Component(String name, String status) {

        public boolean up() {
            return "UP".equals(status);
        }
    }

    /** The free and total space of the disk holding one of the platform's directories. */
    record Storage(String directory, long freeBytes, long totalBytes) {

        public int usedPercent() {
            return totalBytes == 0 ? 0 : (int) Math.round(100.0 * (totalBytes - freeBytes) / totalBytes);
        }
    }

    record Report(List<Component> components, EventBacklog.Figures events, @Nullable Long oldestEventMinutes,
                  List<ImportRunView> failedImports, List<Storage> storage) {

        public boolean allUp() {
            return components.stream().allMatch(Component::up);
        }
    }

    private final HealthContributorRegistry health;
    private final EventBacklog backlog;
    private final RosterImports imports;
    private final Environment environment;
    private final Clock clock;

    PlatformStatus(HealthContributorRegistry health, EventBacklog backlog, RosterImports imports,
                   Environment environment, Clock clock) {
        this.health = health;
        this.backlog = backlog;
        this.imports = imports;
        this.environment = environment;
        this.clock = clock;
    }

    /** The bureau's admins, its operations staff and the platform's operators see the platform's status. */
    static boolean allowed(Scope scope) {
        return scope.has(Role.PLATFORM_OPERATOR) || scope.has(Role.REGION_ADMIN) || scope.has(Role.DISTRICT_ADMIN)
                || scope.has(Role.OPERATIONS_STAFF);
    }

    Report report(Scope scope) {
        if (!allowed(scope)) {
            throw new ForbiddenException("maintenance.platform.error.forbidden");
        }
        EventBacklog.Figures events = backlog.figures();
        var age = events.age(clock.instant());
        return new Report(components(), events, age == null ? null : age.toMinutes(),
                imports.unresolvedFailures(scope, IMPORT_DAYS, IMPORTS_SHOWN), storage());
    }

    private List<Component> components() {
        List<Component> components = new ArrayList<>();
        health.stream().forEach(entry -> add(entry.name(), entry.contributor(), components));
        components.sort(java.util.Comparator.comparing(Component::name));
        return components;
    }

    private static void add(String name, HealthContributor contributor, List<Component> components) {
        if (contributor instanceof HealthIndicator indicator) {
            String status;
            try {
                status = indicator.health().getStatus().getCode();
            } catch (RuntimeException e) {
                status = "DOWN";
            }
            components.add(new Component(name, status));
        } else if (contributor instanceof CompositeHealthContributor composite) {
            composite.stream().forEach(e -> add(name + "/" + e.name(), e.contributor(), components));
        }
    }

    private List<Storage> storage() {
        Map<String, Path> directories = new LinkedHashMap<>();
        directories.put("files", Path.of(environment.getProperty("educloud.library.directory", "data/files")));
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            directories.put("database", Path.of(environment.getProperty("educloud.platform.embedded-data-directory",
                    "data/postgres")));
        }
        List<Storage> storage = new ArrayList<>();
        directories.forEach((label, directory) -> {
            Path existing = directory.toAbsolutePath().normalize();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return;
            }
            try {
                FileStore store = Files.getFileStore(existing);
                storage.add(new Storage(label, store.getUsableSpace(), store.getTotalSpace()));
            } catch (IOException e) {
                storage.add(new Storage(label, 0, 0));
            }
        });
        return storage;
    }
}

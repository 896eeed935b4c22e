package org.educloud;

import org.educloud.platform.database.InstallationBackup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The EduCloud modular monolith: one application, one module per top-level package below this one. */
@SpringBootApplication
// the shared kernel (value types, the table-import kit and its limits) is part of every module's test context
@org.springframework.modulith.Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class EduCloudApplication {

    public static void main(String[] args) {
        if (InstallationBackup.requested(args)) {
            // --educloud.backup.to=DIR or --educloud.restore.from=DIR: that instead of the application
            System.exit(InstallationBackup.run(args));
        }
        SpringApplication.run(EduCloudApplication.class, args);
    }
}

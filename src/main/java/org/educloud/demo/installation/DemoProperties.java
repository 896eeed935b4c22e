package org.educloud.demo.installation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo installation; when unset, it is loaded exactly when running on the embedded
 *                database, so a production database never receives demo data unless asked
 * @param password the password of every demo account
 */
@ConfigurationProperties("educloud.demo")
public record DemoProperties(@Nullable Boolean enabled, @Nullable String password) {

    String passwordOrDefault() {
        return password == null || password.isBlank() ? "EduCloud2026" : password;
    }
}

package org.educloud.development.frameworks;

import java.time.Instant;
import java.util.Locale;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** One version of a framework: the national one is owned by the root, a local one by the bureau that brought it in. */
public record Framework(long id, String code, String version, String name, String nameEn, @Nullable Long ownerId,
                        OrgPath ownerPath, Instant createdAt) {

    public boolean national() {
        return ownerId == null;
    }

    public String nameIn(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
    }
}

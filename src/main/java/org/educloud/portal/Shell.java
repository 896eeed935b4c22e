package org.educloud.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the page layout shows around every page: who is logged in and where they can go. */
public record Shell(@Nullable String displayName, @Nullable String username, List<NavItem> navigation) {

    public boolean authenticated() {
        return username != null;
    }
}

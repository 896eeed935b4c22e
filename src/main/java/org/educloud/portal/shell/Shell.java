package org.educloud.portal.shell;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the page layout shows around every page: who is logged in and where they can go, grouped by task. */
public record Shell(@Nullable String displayName, @Nullable String username, List<NavGroup> navigation) {

    public boolean authenticated() {
        return username != null;
    }

    /**
     * The entry the reader is on: the one whose page holds the path most closely ({@code /library/review} is the
     * review queue's, not the library's), or null on a page outside the navigation.
     */
    public @Nullable String activeHref(@Nullable String path) {
        if (path == null) {
            return null;
        }
        return items().stream().filter(item -> item.leadsTo(path)).map(NavItem::href)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    /** Every entry of the navigation, in order, whatever group it is in. */
    public List<NavItem> items() {
        return navigation.stream().flatMap(g -> g.items().stream()).toList();
    }
}

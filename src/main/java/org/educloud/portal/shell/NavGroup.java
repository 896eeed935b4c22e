package org.educloud.portal.shell;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One task of the main navigation (教学, 资源, 学校管理 …) and the pages it leads to. A group without a label stands
 * for links shown on their own (the home page, one's account), so a short menu is not wrapped in needless folders.
 */
public record NavGroup(@Nullable String labelKey, List<NavItem> items) {

    public NavGroup {
        items = List.copyOf(items);
    }

    /** Whether the entry the reader is on ({@link Shell#activeHref}) is in this group, so the menu says where. */
    public boolean holds(@Nullable String href) {
        return href != null && items.stream().anyMatch(item -> item.href().equals(href));
    }
}

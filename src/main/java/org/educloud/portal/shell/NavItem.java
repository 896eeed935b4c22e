package org.educloud.portal.shell;

/** One entry of the main navigation: a message key and where it leads. */
public record NavItem(String labelKey, String href) {

    /** Whether a request path is this entry's page or one below it ({@code /library} holds {@code /library/x}). */
    public boolean leadsTo(String path) {
        return path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
    }
}

package org.educloud.library;

import java.util.List;

/** A file of a resource and its versions, newest first; the first is the current one. */
public record ResourceFileView(long id, String name, List<FileVersionView> versions) {

    public FileVersionView current() {
        return versions.getFirst();
    }
}

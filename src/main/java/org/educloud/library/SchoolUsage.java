package org.educloud.library;

import org.educloud.shared.OrgId;

/**
 * What one school's people did with the library over a period: views and downloads of resources, resources they
 * authored (and by how many distinct teachers), and pushes to their classes (and by how many teachers).
 */
public record SchoolUsage(OrgId school, long views, long downloads, long uploads, long uploaders, long pushes,
                          long pushers) {

    public long uses() {
        return views + downloads;
    }
}

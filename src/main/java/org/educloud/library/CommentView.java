package org.educloud.library;

import java.time.Instant;

/**
 * A comment on a resource.
 *
 * @param body sanitised HTML, safe to render unescaped
 * @param status PENDING until the author of the resource or an admin of its school approves it
 */
public record CommentView(long id, String authorName, String body, CommentStatus status, Instant createdAt) {

    public boolean pending() {
        return status == CommentStatus.PENDING;
    }
}

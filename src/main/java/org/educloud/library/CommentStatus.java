package org.educloud.library;

/**
 * Where a comment on a resource stands: waiting for the resource's author or an admin of its school, shown to
 * everyone who sees the resource, or turned down. Stored by name in {@code library.comment.status}.
 */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED
}

package org.educloud.integration.lti.links;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tool placed in a class: a lesson item (of a lesson of the teacher's course) or an assignment, launched in the
 * class's context. {@code targetLinkUri} is the tool's own address for the item (from deep linking), else the tool's
 * launch URL is used. A {@link Kind#WEB} item is a plain link a tool's deep-linking answer gave for a lesson: opened
 * directly at {@code targetLinkUri}, never launched.
 */
public record LtiLink(long id, long toolId, long schoolId, String schoolPath, long classId, Kind kind,
                      @Nullable Long courseId, @Nullable Long lessonId, String title, @Nullable String targetLinkUri,
                      long createdBy, Instant createdAt) {

    public enum Kind { LESSON, ASSIGNMENT, WEB }
}

package org.educloud.homeschool.messages;

import java.time.Instant;

/** One message of a thread; {@code mine} when the viewer wrote it. */
public record Message(long id, String body, Instant sentAt, boolean mine) {
}

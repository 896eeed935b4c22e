package org.educloud.homeschool;

import java.time.Instant;

/** A notice as a list line shows it: what, from whom, by when, and whether the reader has already answered. */
public record NoticeSummary(long id, String title, String senderName, Instant sentAt, Instant deadline,
                            boolean answered) {
}

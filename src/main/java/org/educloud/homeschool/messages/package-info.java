/**
 * One-to-one messages between teachers and parents (家校私信): a parent writes to the teachers of their children's
 * classes, a teacher to the parents of the students in the classes they teach; one thread per pair, unread counts,
 * plain text with a length cap, a per-person hourly cap, and a teacher's choice to stop receiving with an away text.
 * A named interface for the demo data, which writes a few messages through {@code Messaging}.
 */
@org.springframework.modulith.NamedInterface("messages")
@org.jspecify.annotations.NullMarked
package org.educloud.homeschool.messages;

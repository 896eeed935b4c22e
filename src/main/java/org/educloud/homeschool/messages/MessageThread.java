package org.educloud.homeschool.messages;

import java.time.Instant;
import org.educloud.shared.UserId;

/**
 * A thread between one teacher and one parent, seen by one of them: {@code otherName} is the other side, and
 * {@code unread} counts the other side's messages the viewer has not opened yet.
 */
public record MessageThread(long id, UserId teacher, String teacherName, UserId parent, String parentName,
                            String studentName, Instant lastMessageAt, boolean viewerIsTeacher, long unread) {

    public UserId other() {
        return viewerIsTeacher ? parent : teacher;
    }

    public String otherName() {
        return viewerIsTeacher ? parentName : teacherName;
    }
}

package org.educloud.homeschool.messages;

import java.time.Instant;
import org.educloud.shared.UserId;

/**
 * A thread between one teacher and one parent, seen by one of them: {@code otherName} is the other side, and
 * {@code unread} counts the other side's messages the viewer has not opened yet; {@code schoolId} is the school where
 * the thread began.
 */
public record MessageThread(long id, UserId teacher, String teacherName, UserId parent, String parentName,
                            String studentName, Instant lastMessageAt, boolean viewerIsTeacher, long unread,
                            long schoolId) {

    public UserId other() {
        return viewerIsTeacher ? parent : teacher;
    }

    public String otherName() {
        return viewerIsTeacher ? parentName : teacherName;
    }
}

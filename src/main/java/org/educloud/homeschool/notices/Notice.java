package org.educloud.homeschool.notices;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A sent notice with the classes it went to and its files. */
public record Notice(long id, long schoolId, OrgPath schoolPath, UserId sender, String senderName, Audience audience,
                     String title, String body, ReplyKind replyKind, List<String> choices, Instant deadline,
                     Instant sentAt, @Nullable Instant remindedAt, List<Target> classes, List<File> files) {

    /** A class the notice went to, named as it was when sent. */
    public record Target(long classId, String className, int grade) {
    }

    /** A file sent with the notice, kept in the library's storage under its hash. */
    public record File(long id, String sha256, String name, long size, String mediaType) {

        public boolean image() {
            return mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml");
        }
    }

    public boolean open(Instant now) {
        return now.isBefore(deadline);
    }
}

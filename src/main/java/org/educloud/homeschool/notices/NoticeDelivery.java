package org.educloud.homeschool.notices;

import java.util.Collection;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/** Tells guardians of a notice or a reminder: always by the bell in the platform. */
@Component
class NoticeDelivery {

    private final Notifications notifications;

    NoticeDelivery(Notifications notifications) {
        this.notifications = notifications;
    }

    void deliver(Notice notice, Collection<UserId> guardians, boolean reminder) {
        if (guardians.isEmpty()) {
            return;
        }
        notifications.send(guardians, reminder ? NotificationKind.HOME_NOTICE_REMINDER : NotificationKind.HOME_NOTICE,
                notice.title(), "/homeschool/notices/" + notice.id());
    }
}

package org.educloud.homeschool.notices;

import java.util.Collection;
import java.util.List;
import org.educloud.homeschool.delivery.OutsideChannels;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Tells guardians of a notice or a reminder: always by the bell in the platform, and by e-mail and text message
 * where the installation configured them (in the background).
 */
@Component
class NoticeDelivery {

    private final Notifications notifications;
    private final OutsideChannels outside;

    NoticeDelivery(Notifications notifications, OutsideChannels outside) {
        this.notifications = notifications;
        this.outside = outside;
    }

    void deliver(Notice notice, Collection<UserId> guardians, boolean reminder) {
        if (guardians.isEmpty()) {
            return;
        }
        notifications.send(guardians, reminder ? NotificationKind.HOME_NOTICE_REMINDER : NotificationKind.HOME_NOTICE,
                notice.title(), "/homeschool/notices/" + notice.id());
        outside.tell(List.copyOf(guardians), notice.title(), "/homeschool/notices/" + notice.id(), reminder);
    }
}

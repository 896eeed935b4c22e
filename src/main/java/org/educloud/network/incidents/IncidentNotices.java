package org.educloud.network.incidents;

import java.time.Duration;
import java.util.Locale;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.network.NetworkIncidentClosed;
import org.educloud.network.NetworkIncidentOpened;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the school's admins and the district's operations staff when an incident opens and when it closes (with
 * how long it lasted), in the bell, linking to the school's line on the status wall. Runs after the incident is
 * committed, from the event registry, so a failure here is retried and never undoes the incident.
 */
@Component
class IncidentNotices {

    private final IncidentRecipients recipients;
    private final Notifications notifications;
    private final MessageSource messages;

    IncidentNotices(IncidentRecipients recipients, Notifications notifications, MessageSource messages) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(NetworkIncidentOpened opened) {
        String subject = text("network.notice.opened." + opened.kind(), opened.schoolName());
        notifications.send(recipients.of(opened.school(), opened.schoolPath()), NotificationKind.SCHOOL_NETWORK,
                subject, link(opened.school().value()));
    }

    @ApplicationModuleListener
    void on(NetworkIncidentClosed closed) {
        String subject = text("network.notice.closed." + closed.kind(), closed.schoolName(), minutes(closed.duration()));
        notifications.send(recipients.of(closed.school(), closed.schoolPath()), NotificationKind.SCHOOL_NETWORK,
                subject, link(closed.school().value()));
    }

    private static String link(long school) {
        return "/network/status/schools/" + school;
    }

    private static long minutes(Duration duration) {
        return Math.max(1, Math.round(duration.toSeconds() / 60.0));
    }

    /** The bell stores one subject for everyone: it is written in the installation's language (Chinese). */
    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}

package org.educloud.integration.webhooks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * When failures switch a subscription off: a bell notice to the admins of its node (a grant on that very node, as
 * those are the ones who run the receiving system) and an audit entry. Runs in the deliverer's transaction that
 * switched it off.
 */
@Component
class DisabledNotices {

    private static final int PAGE = 200;
    private static final int MAX_PAGES = 10;
    private static final List<Role> ADMINS = List.of(Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.REGION_ADMIN,
            Role.PLATFORM_OPERATOR);

    private final IdentityManagement identity;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    DisabledNotices(IdentityManagement identity, Notifications notifications, MessageSource messages,
                    ApplicationEventPublisher events) {
        this.identity = identity;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
    }

    void disabled(WebhookView subscription, int failures) {
        // the bell stores one subject for everyone: written in the installation's language (Chinese)
        String subject = messages.getMessage("integration.webhook.notice.disabled",
                new Object[] {subscription.name(), failures}, Locale.SIMPLIFIED_CHINESE);
        notifications.send(adminsOf(subscription), NotificationKind.WEBHOOK_DISABLED, subject,
                "/admin/webhooks/" + subscription.id());
        events.publishEvent(new AuditableActionOccurred(null, "integration.webhook.disabled",
                "#" + subscription.id() + " " + subscription.name(), subscription.orgPath(), failures + " failures"));
    }

    private Set<UserId> adminsOf(WebhookView subscription) {
        Scope asNodeAdmin = new Scope(new UserId(0), List.of(new Scope.Grant(Role.REGION_ADMIN,
                subscription.orgPath())));
        Set<UserId> admins = new LinkedHashSet<>();
        for (Role role : ADMINS) {
            for (int page = 0; page < MAX_PAGES; page++) {
                PageSlice<AccountView> found = identity.search(asNodeAdmin, null, role, AccountStatus.ACTIVE, page, PAGE);
                found.items().stream().filter(a -> a.grants().stream().anyMatch(g -> g.role() == role
                        && subscription.orgId().equals(g.orgId()))).forEach(a -> admins.add(a.id()));
                if (found.items().size() < PAGE) {
                    break;
                }
            }
        }
        return admins;
    }
}

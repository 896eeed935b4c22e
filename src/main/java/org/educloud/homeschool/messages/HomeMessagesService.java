package org.educloud.homeschool.messages;

import org.educloud.homeschool.HomeMessages;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/** The home pages' count of unread one-to-one messages. */
@Service
class HomeMessagesService implements HomeMessages {

    private final Messaging messaging;

    HomeMessagesService(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public long unread(Scope scope) {
        return messaging.unread(scope);
    }
}

package org.educloud.homeschool.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.homeschool.delivery.DeliveryProperties;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading one-to-one messages. Every message, first or reply, is checked against the school's rule of
 * who may write to whom as the roster stands now ({@link Correspondents}); a thread is only ever found by its two
 * people. The recipient's bell rings once per unread stretch of a thread, not for every line.
 */
@Service
@Transactional
public class Messaging {

    private static final int AWAY_TEXT_MAX = 200;

    private final MessageStore store;
    private final Correspondents correspondents;
    private final IdentityManagement identity;
    private final TenancyManagement tenancy;
    private final Notifications notifications;
    private final DeliveryProperties.Messages limits;
    private final Clock clock;

    Messaging(MessageStore store, Correspondents correspondents, IdentityManagement identity, TenancyManagement tenancy,
              Notifications notifications, DeliveryProperties properties, Clock clock) {
        this.store = store;
        this.correspondents = correspondents;
        this.identity = identity;
        this.tenancy = tenancy;
        this.notifications = notifications;
        this.limits = properties.messages();
        this.clock = clock;
    }

    /** A thread opened by one of its people, with its messages; opening it marks them read. */
    public record Opened(MessageThread thread, List<Message> messages, boolean canWrite,
                         @Nullable MessageSetting teacherAway) {
    }

    @Transactional(readOnly = true)
    public List<MessageThread> threads(Scope scope) {
        return store.threadsOf(scope.userId());
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(Scope scope) {
        return correspondents.of(scope);
    }

    /** The schools of these threads and contacts, by name: the school switch of a teacher in several schools. */
    @Transactional(readOnly = true)
    public Map<Long, String> schoolsOf(List<MessageThread> threads, List<Contact> contacts) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        threads.forEach(t -> ids.add(t.schoolId()));
        contacts.forEach(c -> ids.add(c.school().value()));
        Map<Long, String> schools = new java.util.TreeMap<>();
        for (long id : ids) {
            tenancy.find(org.educloud.shared.OrgId.of(id)).ifPresent(school -> schools.put(id, school.name()));
        }
        return schools;
    }

    @Transactional(readOnly = true)
    public long unread(Scope scope) {
        return store.unread(scope.userId());
    }

    public Opened open(Scope scope, long threadId) {
        MessageThread thread = store.thread(scope.userId(), threadId)
                .orElseThrow(() -> new NotFoundException("homeschool.messages.notFound"));
        List<Message> messages = store.messages(threadId, scope.userId());
        if (!messages.isEmpty()) {
            store.markRead(threadId, scope.userId(), messages.getLast().id());
        }
        boolean canWrite = correspondents.find(scope, thread.other()).isPresent();
        @Nullable MessageSetting away = thread.viewerIsTeacher() ? null : store.setting(thread.teacher());
        return new Opened(thread, messages, canWrite, away == null || away.receiving() ? null : away);
    }

    /** Writes to a contact, in the pair's thread (made on the first message); answers the thread's id. */
    public long write(Scope scope, UserId to, @Nullable String text) {
        Contact contact = correspondents.get(scope, to);
        return send(scope, contact, text);
    }

    /** Writes in a thread of the caller's, while the other person is still a contact. */
    public long reply(Scope scope, long threadId, @Nullable String text) {
        MessageThread thread = store.thread(scope.userId(), threadId)
                .orElseThrow(() -> new NotFoundException("homeschool.messages.notFound"));
        Contact contact = correspondents.find(scope, thread.other())
                .orElseThrow(() -> new RuleViolationException("homeschool.messages.noLongerContact"));
        return send(scope, contact, text);
    }

    @Transactional(readOnly = true)
    public MessageSetting setting(Scope scope) {
        return store.setting(scope.userId());
    }

    /** A teacher stops (or starts again) receiving messages from parents; parents read the away text meanwhile. */
    public void changeSetting(Scope scope, boolean receiving, @Nullable String awayText) {
        if (!scope.has(Role.TEACHER)) {
            throw new ForbiddenException("homeschool.messages.teachersOnly");
        }
        String away = awayText == null ? "" : PlainText.of(awayText, AWAY_TEXT_MAX, "homeschool.messages.awayTooLong");
        store.saveSetting(scope.userId(), new MessageSetting(receiving, away.isEmpty() ? null : away));
    }

    private long send(Scope scope, Contact contact, @Nullable String text) {
        String body = PlainText.of(text == null ? "" : text, limits.maxLength(), "homeschool.messages.tooLong");
        if (body.isEmpty()) {
            throw new RuleViolationException("homeschool.messages.empty");
        }
        if (!contact.callerIsTeacher()) {
            MessageSetting setting = store.setting(contact.account());
            if (!setting.receiving()) {
                throw setting.awayText() == null ? new RuleViolationException("homeschool.messages.notReceiving")
                        : new RuleViolationException("homeschool.messages.away", setting.awayText());
            }
        }
        Instant now = clock.instant();
        if (store.sentSince(scope.userId(), now.minus(Duration.ofHours(1))) >= limits.perHour()) {
            throw new RuleViolationException("homeschool.messages.tooMany", limits.perHour());
        }
        UserId teacher = contact.callerIsTeacher() ? scope.userId() : contact.account();
        UserId parent = contact.callerIsTeacher() ? contact.account() : scope.userId();
        long threadId = store.threadBetween(teacher, parent).orElseGet(() -> {
            Map<UserId, String> names = identity.displayNames(List.of(teacher, parent));
            OrgPath school = tenancy.find(contact.school()).orElseThrow().path();
            return store.openThread(contact.school().value(), school, teacher, names.getOrDefault(teacher, "—"),
                    parent, names.getOrDefault(parent, "—"), contact.studentName(), now);
        });
        boolean alreadyUnread = store.thread(contact.account(), threadId).map(t -> t.unread() > 0).orElse(false);
        store.add(threadId, scope.userId(), body, now);
        if (!alreadyUnread) {
            String sender = identity.displayNames(List.of(scope.userId())).getOrDefault(scope.userId(), "—");
            notifications.send(List.of(contact.account()), NotificationKind.HOME_MESSAGE, sender,
                    "/homeschool/messages/" + threadId);
        }
        return threadId;
    }
}

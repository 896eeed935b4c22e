package org.educloud.homeschool;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.homeschool.messages.Messaging;
import org.educloud.homeschool.notices.Audience;
import org.educloud.homeschool.notices.NoticeDraft;
import org.educloud.homeschool.notices.ReplyKind;
import org.educloud.homeschool.notices.SendingNotices;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.support.LiveFixtures;
import org.educloud.support.TenantFixture;
import org.educloud.support.ModuleTestContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A notice from each fixture side's teacher to its class, with a picture, made once: what the isolation matrix
 * asks the other side about. The isolation endpoints are plain objects built by the test, so the one instance is
 * kept statically.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class HomeschoolFixture {

    private static final LiveFixtures<HomeschoolFixture> LIVE = new LiveFixtures<>();

    /** A one-pixel PNG, so the notice has a file to ask for. */
    static final byte[] PIXEL = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final SendingNotices sending;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final Messaging messaging;
    private final Map<String, long[]> notices = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();

    HomeschoolFixture(SendingNotices sending, IdentityManagement identity, JdbcClient jdbc, Messaging messaging) {
        this.jdbc = jdbc;
        this.messaging = messaging;
        this.sending = sending;
        this.identity = identity;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    /** The id of the side's notice, and of its file. */
    public synchronized long[] noticeOf(TenantFixture.Side side) {
        return notices.computeIfAbsent(side.key(), key -> {
            long id = sending.send(identity.scopeOf(side.person(Role.TEACHER)),
                    new NoticeDraft(side.school().name() + "的通知", "<p>" + side.school().name() + "春游安排</p>",
                            Audience.CLASSES, null, List.of(side.classId()), List.of(), ReplyKind.SIGNATURE, List.of(),
                            Instant.now().plus(7, ChronoUnit.DAYS)),
                    List.of(new org.educloud.learning.Upload("路线.png", PIXEL.length,
                            new org.springframework.core.io.ByteArrayResource(PIXEL))));
            long fileId = jdbc.sql("SELECT id FROM homeschool.notice_file WHERE notice_id = ?").param(id)
                    .query(Long.class).single();
            return new long[] {id, fileId};
        });
    }

    /** A thread the side's parent began with a teacher of their child's class, made once. */
    public synchronized long threadOf(TenantFixture.Side side) {
        return threads.computeIfAbsent(side.key(), key -> startThread(side.person(Role.PARENT),
                side.school().name() + "家长的私信"));
    }

    /** A thread of the demo's parent with a teacher of their child, for the pages every demo account opens. */
    public synchronized long demoThread() {
        return threads.computeIfAbsent("demo", key -> startThread(identity.accountNamed("parent.zhang").orElseThrow(),
                "老师您好，孩子这周的作业完成得怎么样？"));
    }

    private long startThread(org.educloud.shared.UserId parent, String text) {
        var scope = identity.scopeOf(parent);
        var teacher = messaging.contacts(scope).getFirst().account();
        return messaging.write(scope, teacher, text);
    }

    /** The first notice of the installation: one of the demo's, which its sender and its class's parents open. */
    public long demoNotice() {
        return jdbc.sql("SELECT min(id) FROM homeschool.notice").query(Long.class).single();
    }

    public static HomeschoolFixture get() {
        return LIVE.current();
    }
}

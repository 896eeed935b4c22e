package org.educloud.homeschool.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Notices as their two sides read them: a guardian reads the ones to their children's classes and confirms or
 * answers; the sender (and the school's admins) see, class by class, which families have read and replied.
 */
@Service
public class ReadingNotices {

    static final int LIST_SIZE = 50;

    /** A notice as a guardian sees it, with their own receipt if they have given one. */
    public record ForGuardian(Notice notice, @Nullable Receipt mine) {
    }

    /** A sent notice in the sender's list, with how many guardians confirmed and replied. */
    public record Sent(Notice notice, long read, long replied) {
    }

    /** One student of a class and the first receipt any of their guardians gave. */
    public record FamilyReceipt(String studentName, boolean reachable, @Nullable Receipt receipt) {
    }

    /** A class's families and how many of them have read and replied. */
    public record ClassReceipts(Notice.Target target, List<FamilyReceipt> families, long read, long replied) {
    }

    private final NoticeStore store;
    private final NoticeAccess access;
    private final Families families;
    private final IdentityManagement identity;
    private final Clock clock;

    ReadingNotices(NoticeStore store, NoticeAccess access, Families families, IdentityManagement identity,
                   Clock clock) {
        this.store = store;
        this.access = access;
        this.families = families;
        this.identity = identity;
        this.clock = clock;
    }

    /** The notices to the classes of the caller's children, newest first. */
    public List<ForGuardian> received(Scope scope) {
        List<Notice> notices = store.toClasses(families.childrensClasses(scope), LIST_SIZE);
        Map<Long, Receipt> mine = store.receiptsBy(scope.userId(), notices.stream().map(Notice::id).toList());
        return notices.stream().map(n -> new ForGuardian(n, mine.get(n.id()))).toList();
    }

    /** The notices the caller sent, and those to schools they administer, newest first. */
    public List<Sent> sent(Scope scope) {
        List<Notice> notices = store.sentByOrUnder(scope.userId(), scope.adminPaths(), LIST_SIZE);
        Map<Long, long[]> counts = store.counts(notices.stream().map(Notice::id).toList());
        return notices.stream().map(n -> {
            long[] c = counts.getOrDefault(n.id(), new long[2]);
            return new Sent(n, c[0], c[1]);
        }).toList();
    }

    public ForGuardian asGuardian(Scope scope, long id) {
        Notice notice = access.asGuardian(scope, id);
        return new ForGuardian(notice, store.receiptsBy(scope.userId(), List.of(id)).get(id));
    }

    public Notice asSender(Scope scope, long id) {
        return access.asSender(scope, id);
    }

    /** Whether the caller sees this notice as its sender's side (else as a guardian, or not at all). */
    public boolean sendersSide(Scope scope, long id) {
        return store.find(id).filter(n -> NoticeAccess.sentOrAdministered(scope, n)).isPresent();
    }

    /** Who has read and replied, class by class, as the roster stands now. */
    public List<ClassReceipts> receipts(Scope scope, long id) {
        Notice notice = access.asSender(scope, id);
        Map<Long, Receipt> receipts = store.receiptsOf(id);
        List<ClassReceipts> classes = new ArrayList<>();
        for (Notice.Target target : notice.classes()) {
            List<FamilyReceipt> rows = new ArrayList<>();
            for (Families.Family family : families.of(scope, target.classId())) {
                Receipt first = family.guardians().stream().map(g -> receipts.get(g.value()))
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.comparing(Receipt::readAt)).orElse(null);
                rows.add(new FamilyReceipt(family.student().name(), !family.guardians().isEmpty(), first));
            }
            long read = rows.stream().filter(r -> r.receipt() != null).count();
            long replied = rows.stream().filter(r -> r.receipt() != null && r.receipt().answer() != null).count();
            classes.add(new ClassReceipts(target, rows, read, replied));
        }
        return classes;
    }

    /**
     * A guardian confirms reading, or answers the notice's reply form (which confirms it too). Answers can be
     * changed until the deadline; after it, only confirming is still taken, so a late reader can say they saw it.
     */
    public void reply(Scope scope, long id, @Nullable String answer) {
        Notice notice = access.asGuardian(scope, id);
        Instant now = clock.instant();
        String checked = notice.replyKind() == ReplyKind.NONE || answer == null ? null
                : notice.replyKind().checked(answer, notice.choices());
        if (checked != null && !notice.open(now)) {
            throw new RuleViolationException("homeschool.error.deadlinePassed");
        }
        store.receive(id, scope.userId(), identity.self(scope.userId()).displayName(), now, checked);
    }

    /** Notices waiting for the caller (not confirmed, or not answered when a reply is asked), nearest deadline first. */
    public List<ForGuardian> awaiting(Scope scope, int most) {
        Instant now = clock.instant();
        return received(scope).stream()
                .filter(g -> g.notice().open(now))
                .filter(g -> g.mine() == null || (g.notice().replyKind() != ReplyKind.NONE && g.mine().answer() == null))
                .sorted(java.util.Comparator.comparing(g -> g.notice().deadline()))
                .limit(most).toList();
    }
}

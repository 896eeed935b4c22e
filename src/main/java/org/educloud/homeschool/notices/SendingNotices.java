package org.educloud.homeschool.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReceivedFile;
import org.educloud.library.RichText;
import org.educloud.library.StoredFiles;
import org.educloud.learning.Upload;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending a notice and reminding those who have not answered. Files are read and checked by the library's storage
 * before the short transaction that records the notice; guardians are told once it is committed, so a refused
 * notice tells nobody.
 */
@Service
public class SendingNotices {

    static final int MAX_FILES = 5;
    static final int MAX_BODY = 20_000;
    static final int MAX_CHOICES = 10;
    static final int MAX_CHOICE_LENGTH = 50;
    /** A second reminder within this time would only be noise (and a double click sends one). */
    static final Duration REMINDER_PAUSE = Duration.ofMinutes(10);

    private final NoticeStore store;
    private final Audiences audiences;
    private final Families families;
    private final NoticeAccess access;
    private final NoticeDelivery delivery;
    private final StoredFiles files;
    private final IdentityManagement identity;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SendingNotices(NoticeStore store, Audiences audiences, Families families, NoticeAccess access,
                   NoticeDelivery delivery, StoredFiles files, IdentityManagement identity,
                   TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.audiences = audiences;
        this.families = families;
        this.access = access;
        this.delivery = delivery;
        this.files = files;
        this.identity = identity;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends a notice to its classes' guardians and answers its id. */
    public long send(Scope scope, NoticeDraft draft, List<Upload> uploads) {
        check(draft, uploads);
        Audiences.Resolved audience = audiences.resolve(scope, draft);
        String body = RichText.sanitised(draft.body());
        if (body.isEmpty()) {
            throw new RuleViolationException("homeschool.error.emptyBody");
        }
        List<ReceivedFile> received = receive(uploads);
        long id;
        try {
            id = Objects.requireNonNull(transactions.execute(status -> {
                Instant now = clock.instant();
                long noticeId = store.insert(audience.school().id().value(), audience.school().path(), scope.userId(),
                        identity.self(scope.userId()).displayName(), draft, body, now);
                for (SchoolClassView c : audience.classes()) {
                    store.addClass(noticeId, c.id().value(), c.name(), c.grade());
                }
                received.forEach(file -> store.addFile(noticeId, files.store(file)));
                return noticeId;
            }));
        } finally {
            received.forEach(ReceivedFile::close);
        }
        Set<UserId> guardians = families.guardiansOf(scope,
                audience.classes().stream().map(c -> c.id().value()).toList());
        delivery.deliver(store.find(id).orElseThrow(), guardians, false);
        return id;
    }

    /**
     * Tells the guardians who have not yet confirmed (or, when the notice asks for a reply, not yet replied) once
     * more; answers how many were told. Refused while the deadline has passed or a reminder went out moments ago.
     */
    public int remind(Scope scope, long id) {
        Notice notice = access.asSender(scope, id);
        Instant now = clock.instant();
        if (!notice.open(now)) {
            throw new RuleViolationException("homeschool.error.deadlinePassed");
        }
        var receipts = store.receiptsOf(id);
        Set<UserId> waiting = new java.util.LinkedHashSet<>();
        for (Notice.Target target : notice.classes()) {
            for (Families.Family family : families.of(scope, target.classId())) {
                boolean done = family.guardians().stream().map(g -> receipts.get(g.value()))
                        .anyMatch(r -> r != null && (notice.replyKind() == ReplyKind.NONE || r.answer() != null));
                if (!done) {
                    waiting.addAll(family.guardians());
                }
            }
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        if (!store.claimReminder(id, now, now.minus(REMINDER_PAUSE))) {
            throw new RuleViolationException("homeschool.error.remindedRecently", REMINDER_PAUSE.toMinutes());
        }
        delivery.deliver(notice, waiting, true);
        return waiting.size();
    }

    private void check(NoticeDraft draft, List<Upload> uploads) {
        if (draft.title().isBlank() || draft.title().strip().length() > 120) {
            throw new RuleViolationException("homeschool.error.title");
        }
        if (draft.body().length() > MAX_BODY) {
            throw new RuleViolationException("homeschool.error.bodyTooLong", MAX_BODY);
        }
        if (!draft.deadline().isAfter(clock.instant())) {
            throw new RuleViolationException("homeschool.error.deadlineInPast");
        }
        if (draft.replyKind() == ReplyKind.CHOICE && (draft.choices().size() < 2 || draft.choices().size() > MAX_CHOICES
                || draft.choices().stream().anyMatch(c -> c.length() > MAX_CHOICE_LENGTH))) {
            throw new RuleViolationException("homeschool.error.choices", MAX_CHOICES, MAX_CHOICE_LENGTH);
        }
        if (uploads.size() > MAX_FILES) {
            throw new RuleViolationException("homeschool.error.tooManyFiles", MAX_FILES);
        }
    }

    private List<ReceivedFile> receive(List<Upload> uploads) {
        List<ReceivedFile> received = new ArrayList<>();
        try {
            for (Upload upload : uploads) {
                try (InputStream in = upload.content().getInputStream()) {
                    received.add(files.receive(in, upload.name()));
                }
            }
            return received;
        } catch (IOException e) {
            received.forEach(ReceivedFile::close);
            throw new UncheckedIOException("An uploaded file could not be read", e);
        } catch (RuntimeException e) {
            received.forEach(ReceivedFile::close);
            throw e;
        }
    }
}

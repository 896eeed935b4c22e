package org.educloud.homeschool.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Home–school notices as JSON under the pages' rules: a guardian lists, reads, confirms and answers the notices to
 * their children's classes; the sender (and the school's admins) list what they sent and read the receipts. A notice
 * the caller may not see is a 404 problem, so ids reveal nothing.
 */
@RestController
@RequestMapping("/api/v1/homeschool/notices")
@Tag(name = "Home–school", description = "Notices to parents with receipts and replies")
class NoticeApi {

    /** A notice as a client shows it; {@code body} is the sanitised HTML the pages show. */
    record NoticeJson(long id, long schoolId, String senderName, Audience audience, String title, String body,
                      ReplyKind replyKind, List<String> choices, Instant deadline, Instant sentAt,
                      List<Notice.Target> classes, List<FileJson> files) {

        static NoticeJson of(Notice n) {
            return new NoticeJson(n.id(), n.schoolId(), n.senderName(), n.audience(), n.title(), n.body(),
                    n.replyKind(), n.choices(), n.deadline(), n.sentAt(), n.classes(),
                    n.files().stream().map(f -> new FileJson(f.id(), f.name(), f.size(), f.mediaType(),
                            "/homeschool/notices/" + n.id() + "/files/" + f.id())).toList());
        }
    }

    /** A file of the notice and where the signed-in caller downloads it. */
    record FileJson(long id, String name, long size, String mediaType, String href) {
    }

    /** The caller's own receipt: when they confirmed reading, and their answer. */
    record MyReceipt(Instant readAt, @Nullable String answer, @Nullable Instant repliedAt) {

        static @Nullable MyReceipt of(@Nullable Receipt receipt) {
            return receipt == null ? null : new MyReceipt(receipt.readAt(), receipt.answer(), receipt.repliedAt());
        }
    }

    record Received(NoticeJson notice, @Nullable MyReceipt mine) {

        static Received of(ReadingNotices.ForGuardian g) {
            return new Received(NoticeJson.of(g.notice()), MyReceipt.of(g.mine()));
        }
    }

    record Sent(NoticeJson notice, long read, long replied) {
    }

    /** The caller's notices: received for their children, and sent by them or to schools they run. */
    record Mine(List<Received> received, List<Sent> sent) {
    }

    /** The answer to the notice's reply form: yes/no, one of its choices, a short text, or a signature. */
    record Answer(@NotNull String answer) {
    }

    private final ReadingNotices reading;

    NoticeApi(ReadingNotices reading) {
        this.reading = reading;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first: those to their children's classes with their own "
            + "receipt, and those they sent (or sent to schools they run) with read and replied counts")
    Mine mine(Scope scope) {
        return new Mine(reading.received(scope).stream().map(Received::of).toList(),
                reading.sent(scope).stream().map(s -> new Sent(NoticeJson.of(s.notice()), s.read(), s.replied()))
                        .toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notice: for a guardian with their own receipt; for its sender's side without one "
            + "(the receipts are their own resource)")
    Received one(Scope scope, @PathVariable long id) {
        if (reading.sendersSide(scope, id)) {
            return new Received(NoticeJson.of(reading.asSender(scope, id)), null);
        }
        return Received.of(reading.asGuardian(scope, id));
    }

    @PostMapping("/{id}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A guardian confirms reading the notice (again harmlessly)")
    void confirm(Scope scope, @PathVariable long id) {
        reading.reply(scope, id, null);
    }

    @PostMapping("/{id}/reply")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A guardian answers the notice's reply form (which confirms reading too); answers may be "
            + "changed until the deadline. 422 for an answer the form does not take or after the deadline")
    void reply(Scope scope, @PathVariable long id, @jakarta.validation.Valid @RequestBody Answer answer) {
        reading.reply(scope, id, answer.answer());
    }

    @GetMapping("/{id}/receipts")
    @Operation(summary = "For the sender's side: class by class, each student's family and the first receipt any of "
            + "its guardians gave, as the roster stands now")
    List<ReadingNotices.ClassReceipts> receipts(Scope scope, @PathVariable long id) {
        return reading.receipts(scope, id);
    }
}

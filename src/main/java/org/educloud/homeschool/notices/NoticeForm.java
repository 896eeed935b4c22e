package org.educloud.homeschool.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The notice form as typed: choices one per line, the deadline in the installation's local time. */
record NoticeForm(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = SendingNotices.MAX_BODY) String body,
        @NotNull Audience audience,
        @Nullable Long schoolId,
        @Nullable List<Long> classIds,
        @Nullable List<Integer> grades,
        @NotNull ReplyKind replyKind,
        @Size(max = 1000) @Nullable String choices,
        @NotNull @DateTimeFormat(pattern = MINUTES, fallbackPatterns = SECONDS) LocalDateTime deadline) {

    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";
    static final String SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    static NoticeForm blank(LocalDateTime now) {
        return new NoticeForm("", "", Audience.CLASSES, null, List.of(), List.of(), ReplyKind.NONE, "",
                now.plusDays(3).withHour(20).withMinute(0).withSecond(0).withNano(0));
    }

    NoticeDraft draft(ZoneId zone) {
        return new NoticeDraft(title, body, audience, schoolId, nonNull(classIds), nonNull(grades), replyKind,
                choices == null ? List.of() : Arrays.asList(choices.split("\\R")), deadline.atZone(zone).toInstant());
    }

    private static <T> List<T> nonNull(@Nullable List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }
}

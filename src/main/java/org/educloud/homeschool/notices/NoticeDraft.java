package org.educloud.homeschool.notices;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notice as its sender wrote it. {@code schoolId} is needed for grades and whole-school notices; for chosen
 * classes the school follows from the classes.
 */
public record NoticeDraft(String title, String body, Audience audience, @Nullable Long schoolId, List<Long> classIds,
                          List<Integer> grades, ReplyKind replyKind, List<String> choices, Instant deadline) {

    public NoticeDraft {
        classIds = List.copyOf(classIds);
        grades = List.copyOf(grades);
        choices = replyKind != ReplyKind.CHOICE ? List.of()
                : choices.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }
}

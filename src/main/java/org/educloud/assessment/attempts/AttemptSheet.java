package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.Response;
import org.jspecify.annotations.Nullable;

/**
 * An attempt as its student sees it: the items in their order, options in their order, what was saved, and, once
 * the quiz allows it, the correct answers, explanations and marks. Nothing here reveals a key before then.
 */
@org.springframework.modulith.NamedInterface("attempts")
public record AttemptSheet(long attemptId, long quizId, String quizTitle, String instructions, AttemptStatus status,
                           Instant deadlineAt, long secondsLeft, @Nullable BigDecimal score, BigDecimal maxScore,
                           boolean answersShown, List<SheetItem> items) {

    /**
     * One position of the sheet. {@code key}, {@code explanation} and marks are null until shown;
     * {@code blankOptions} has, per blank, the list it is chosen from (empty for a blank to type into).
     */
    public record SheetItem(int number, int position, long itemId, ItemType type, String stem,
                            List<ItemContent.Choice> choices, List<ItemContent.Choice> targets, int blanks,
                            List<List<String>> blankOptions, BigDecimal points, Response saved, long revision,
                            @Nullable List<String> key, @Nullable Map<String, String> pairs,
                            @Nullable List<List<String>> acceptedBlanks, @Nullable String explanation,
                            @Nullable BigDecimal earned, boolean awaitsTeacher, String comment) {
    }

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    /**
     * The highest revision stored for any answer of this attempt: the page's autosave counts on from here, so each
     * later save carries a higher revision than anything stored, whatever the device's clock says.
     */
    public long lastRevision() {
        return items.stream().mapToLong(SheetItem::revision).max().orElse(0);
    }
}

package org.educloud.assessment.attempts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.items.Shuffling;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.Response;
import org.springframework.stereotype.Component;

/**
 * Builds the sheet a student sees from an attempt: the quiz's pinned item versions in the attempt's order, options
 * shuffled by the attempt's seed (the same order on every reload, never the authored or the key order: {@link Shuffling}),
 * keys only when the quiz's rule allows.
 */
@Component
class SheetBuilding {

    private final ItemStore items;

    SheetBuilding(ItemStore items) {
        this.items = items;
    }

    AttemptSheet sheet(QuizView quiz, AttemptRow attempt, Map<Integer, SavedAnswer> answers, Instant now) {
        return sheet(quiz, attempt, answers, now, answersShown(quiz, attempt, now));
    }

    /** The sheet a teacher grades from: keys, explanations and marks always shown. */
    AttemptSheet teacherSheet(QuizView quiz, AttemptRow attempt, Map<Integer, SavedAnswer> answers, Instant now) {
        return sheet(quiz, attempt, answers, now, true);
    }

    private AttemptSheet sheet(QuizView quiz, AttemptRow attempt, Map<Integer, SavedAnswer> answers, Instant now,
                               boolean shown) {
        Map<Long, ItemContent> contents = items.versions(quiz.items().stream()
                .map(i -> new ItemStore.ItemVersionRef(i.itemId(), i.version())).toList());
        List<AttemptSheet.SheetItem> sheet = new ArrayList<>();
        int number = 0;
        for (int position : attempt.itemOrder()) {
            QuizView.QuizItem quizItem = quiz.items().stream().filter(i -> i.position() == position).findFirst()
                    .orElse(null);
            ItemContent content = quizItem == null ? null : contents.get(quizItem.itemId());
            if (content == null) {
                continue;
            }
            number++;
            SavedAnswer saved = answers.get(position);
            Response response = saved == null ? Response.empty() : saved.response();
            boolean marked = !attempt.open();
            sheet.add(new AttemptSheet.SheetItem(number, position, quizItem.itemId(), content.kind(), content.stem(),
                    shownChoices(quiz, attempt, content, position), shownTargets(quiz, attempt, content, position),
                    content.blanks().size(), content.blanks().stream().map(ItemContent.Blank::options).toList(),
                    quizItem.points(), response, saved == null ? 0 : saved.revision(),
                    shown ? content.key() : null, shown ? content.pairs() : null,
                    shown ? content.blanks().stream().map(SheetBuilding::acceptedText).toList() : null,
                    shown ? content.explanation() : null,
                    shown && marked && saved != null && !saved.awaitsTeacher() ? saved.points() : null,
                    saved != null && saved.awaitsTeacher(), saved == null ? "" : saved.comment()));
        }
        long secondsLeft = attempt.open() ? Math.max(0, Duration.between(now, attempt.deadlineAt()).toSeconds()) : 0;
        return new AttemptSheet(attempt.id(), quiz.id(), quiz.title(), quiz.instructions(), attempt.status(),
                attempt.deadlineAt(), secondsLeft, attempt.open() ? null : attempt.score(), attempt.maxScore(), shown,
                sheet);
    }

    private static List<String> acceptedText(ItemContent.Blank blank) {
        List<String> accepted = new ArrayList<>(blank.accepted());
        if (blank.number() != null) {
            String number = blank.number() % 1 == 0 ? String.valueOf(blank.number().longValue())
                    : String.valueOf(blank.number());
            accepted.add(blank.tolerance() > 0 ? number + " ± " + blank.tolerance() : number);
        }
        return accepted;
    }

    /** Whether the quiz's rule shows this attempt's answers now (never while it is in progress). */
    static boolean answersShown(QuizView quiz, AttemptRow attempt, Instant now) {
        if (attempt.open()) {
            return false;
        }
        // per-item marks give keys away as surely as the keys do: they follow the same rule
        boolean closedEverywhere = quiz.classes().stream().allMatch(w -> !now.isBefore(w.closesAt()));
        return switch (quiz.answersVisible()) {
            // with attempts left, the key would make the next attempt a copy
            case AFTER_SUBMIT -> attempt.number() >= quiz.attemptsAllowed() || closedEverywhere;
            // the same items may still be open for another class the quiz is set to
            case AFTER_CLOSE -> closedEverywhere;
            case NEVER -> false;
        };
    }

    static List<ItemContent.Choice> shownChoices(QuizView quiz, AttemptRow attempt, ItemContent content,
                                                 int position) {
        long seed = attempt.seed() * 31 + position;
        if (content.kind() == ItemType.ORDERING) {
            return Shuffling.shuffled(content.choices(), seed, List.of(content.correctOrder()));
        }
        boolean shuffle = quiz.shuffleOptions() && (content.kind() == ItemType.SINGLE_CHOICE
                || content.kind() == ItemType.MULTIPLE_CHOICE);
        return shuffle ? Shuffling.shuffled(content.choices(), seed) : content.choices();
    }

    static List<ItemContent.Choice> shownTargets(QuizView quiz, AttemptRow attempt, ItemContent content,
                                                 int position) {
        if (content.kind() != ItemType.MATCHING) {
            return content.targets();
        }
        return Shuffling.shuffled(content.targets(), attempt.seed() * 31 - position,
                List.of(content.pairedTargets()));
    }

    static List<Integer> order(QuizView quiz, long seed) {
        List<Integer> positions = quiz.items().stream().map(QuizView.QuizItem::position).toList();
        return quiz.shuffleItems() ? Shuffling.shuffled(positions, seed * 31) : positions;
    }

}

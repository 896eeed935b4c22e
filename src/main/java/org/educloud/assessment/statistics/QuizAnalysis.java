package org.educloud.assessment.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.Response;
import org.educloud.assessment.analysis.ItemAnalysis;
import org.educloud.assessment.analysis.KnowledgePointTable;
import org.educloud.assessment.analysis.ScoreSheet;
import org.educloud.assessment.attempts.QuizResults;
import org.educloud.assessment.attempts.SavedAnswer;
import org.educloud.assessment.items.ItemMarkup;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.library.Curriculum;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/**
 * Builds a quiz's item analysis. Each student counts once, with their first submitted attempt (a second attempt
 * has seen the items, which would flatter difficulty); a written answer not graded yet counts as 0 and the page
 * says how many there are. Choice items carry the options chosen, for the distractor table.
 */
@Service
public class QuizAnalysis {

    private final Quizzes quizzes;
    private final QuizResults results;
    private final ItemStore items;
    private final Curriculum curriculum;

    QuizAnalysis(Quizzes quizzes, QuizResults results, ItemStore items, Curriculum curriculum) {
        this.quizzes = quizzes;
        this.results = results;
        this.items = items;
        this.curriculum = curriculum;
    }

    /** The analysis with what the page needs to label it. */
    public record Report(QuizView quiz, int students, int ungraded, ItemAnalysis analysis, KnowledgePointTable table,
                         Map<Long, String> itemLabels, Map<Long, Integer> itemNumbers, Map<Long, String> pointNames,
                         Map<Long, String> classNames) {
    }

    public Report of(Scope scope, long quizId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        List<QuizResults.MarkedAttempt> first = firstAttempts(results.marked(scope, quizId));
        Map<Long, ItemContent> contents = items.versions(quiz.items().stream()
                .map(i -> new ItemStore.ItemVersionRef(i.itemId(), i.version())).toList());
        ScoreSheet.Builder sheet = ScoreSheet.builder(first.size());
        Map<Long, Integer> columns = new LinkedHashMap<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (QuizView.QuizItem quizItem : quiz.items()) {
            ItemContent content = contents.get(quizItem.itemId());
            double max = quizItem.points().doubleValue();
            boolean choice = content != null && content.kind().hasChoices();
            int column = choice
                    ? sheet.choiceItem(quizItem.itemId(), max, content.choices().stream().map(ItemContent.Choice::id)
                    .toList(), content.key())
                    : sheet.item(quizItem.itemId(), max);
            columns.put(quizItem.itemId(), column);
            numbers.put(quizItem.itemId(), quizItem.position());
            String stem = content == null ? "#" + quizItem.itemId() : ItemMarkup.plain(content.stem());
            labels.put(quizItem.itemId(), stem.length() > 40 ? stem.substring(0, 40) + "…" : stem);
        }
        int ungraded = 0;
        long[] groups = new long[first.size()];
        for (int s = 0; s < first.size(); s++) {
            QuizResults.MarkedAttempt attempt = first.get(s);
            groups[s] = attempt.attempt().classId();
            for (QuizView.QuizItem quizItem : quiz.items()) {
                SavedAnswer answer = attempt.answers().get(quizItem.position());
                if (answer == null || answer.response().isEmpty()) {
                    continue;
                }
                int column = columns.get(quizItem.itemId());
                if (answer.awaitsTeacher()) {
                    ungraded++;
                } else if (answer.points() != null) {
                    sheet.score(s, column, Math.min(answer.points().doubleValue(), quizItem.points().doubleValue()));
                }
                ItemContent content = contents.get(quizItem.itemId());
                if (content != null && content.kind().hasChoices()) {
                    List<String> known = chosenAmong(content, answer.response());
                    if (!known.isEmpty()) {
                        sheet.choose(s, column, known);
                    }
                }
            }
        }
        ScoreSheet built = sheet.build();
        Map<Long, List<Long>> pointsOfItem = new LinkedHashMap<>();
        Set<Long> pointIds = new HashSet<>();
        for (QuizView.QuizItem quizItem : quiz.items()) {
            List<Long> kps = items.find(quizItem.itemId()).map(ItemView::knowledgePoints).orElse(List.of());
            pointsOfItem.put(quizItem.itemId(), kps);
            pointIds.addAll(kps);
        }
        Map<Long, String> classNames = new LinkedHashMap<>();
        quiz.classes().forEach(c -> classNames.put(c.classId(), c.className()));
        return new Report(quiz, first.size(), ungraded, ItemAnalysis.of(built),
                KnowledgePointTable.of(built, groups, pointsOfItem), labels, numbers, names(scope, pointIds),
                classNames);
    }

    /** Options the analysis knows (an answer saved against an older option list is not counted as a choice). */
    private static List<String> chosenAmong(ItemContent content, Response response) {
        Set<String> options = new HashSet<>(content.choices().stream().map(ItemContent.Choice::id).toList());
        return response.chosen().stream().filter(options::contains).distinct().toList();
    }

    private static List<QuizResults.MarkedAttempt> firstAttempts(List<QuizResults.MarkedAttempt> marked) {
        Map<Long, QuizResults.MarkedAttempt> first = new LinkedHashMap<>();
        marked.stream().sorted(Comparator.comparingInt((QuizResults.MarkedAttempt m) -> m.attempt().number()))
                .forEach(m -> first.putIfAbsent(m.attempt().studentId(), m));
        return new ArrayList<>(first.values());
    }

    private Map<Long, String> names(Scope scope, Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        curriculum.knowledgePointsById(scope, ids).forEach(kp -> names.put(kp.id(), kp.name()));
        return names;
    }
}

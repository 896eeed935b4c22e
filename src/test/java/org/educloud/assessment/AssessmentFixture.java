package org.educloud.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.educloud.tenancy.Stage;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessment's rows for the whole application's tests: a side's item of the teacher's (its stem names the school,
 * the isolation marker), a quiz with it set to the class, and the student's attempt in progress; a quiz a teacher
 * set, for other modules' tests that count what teachers do. Other modules' tests make quizzes through here rather
 * than through assessment's slices.
 */
@Component
// needs library's curriculum and identity: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class AssessmentFixture {

    /** The ids the isolation test aims at; {@code mediaId} a picture filed under the side's school. */
    public record Assessed(long itemId, long quizId, long attemptId, int position, long mediaId) {
    }

    private final ItemBank bank;
    private final Quizzes quizzes;
    private final Attempts attempts;
    private final Curriculum curriculum;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;

    AssessmentFixture(ItemBank bank, Quizzes quizzes, Attempts attempts, Curriculum curriculum,
                      IdentityManagement identity, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.curriculum = curriculum;
        this.identity = identity;
    }

    /** A side's assessment data, made by its teacher and its student (the tenant fixture's). */
    public Assessed assessed(String schoolName, long classId, Map<Role, UserId> people) {
        return assessed(schoolName, classId, identity.scopeOf(people.get(Role.TEACHER)),
                identity.scopeOf(people.get(Role.STUDENT)));
    }

    /** The same for a demo teacher, class and student: an item with a formula, a quiz, an attempt in progress. */
    public Assessed demo(Scope teacher, Scope student, long classId) {
        return assessed("演示", classId, teacher, student);
    }

    /**
     * A quiz of one single-choice item (labelled {@code label}, one attempt) the teacher made and set to the class,
     * open from an hour ago for thirty days; its id.
     */
    public long quizSetTo(Scope teacher, long classId, String label) {
        long item = item(teacher, label, "一半和二分之一相等吗？");
        long quiz = quizzes.create(teacher, new QuizDraft(label + "小测", "", null, 1, false, false,
                AnswersVisible.AFTER_SUBMIT, List.of(new QuizDraft.Pick(item, BigDecimal.TEN)), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(classId), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30))));
        return quiz;
    }

    private Assessed assessed(String schoolName, long classId, Scope teacher, Scope student) {
        long item = item(teacher, schoolName,
                schoolName + "：\\(\\frac{1}{2}\\) 和 \\(\\frac{2}{4}\\) 相等吗？");
        long quiz = quizzes.create(teacher, new QuizDraft(schoolName + "小测", "", null, 3, false, false,
                AnswersVisible.AFTER_SUBMIT, List.of(new QuizDraft.Pick(item, BigDecimal.TEN)), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(classId), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(300))));
        var sheet = attempts.start(student, quiz);
        // only the row matters to the isolation test: the picture is refused by its owner before any byte is read
        long media = jdbc.sql("INSERT INTO assessment.item_media (owner_path, sha256, content_type, size, file_name, "
                        + "created_by, created_at) VALUES (?, repeat('0', 64), 'image/png', 1, 'fixture.png', ?, now()) "
                        + "RETURNING id")
                .params(bank.find(teacher, item).ownerPath(), teacher.userId().value())
                .query(Long.class).single();
        return new Assessed(item, quiz, sheet.attemptId(), sheet.items().getFirst().position(), media);
    }

    /** A primary mathematics single-choice item of the teacher's on the first knowledge point, "A" right. */
    private long item(Scope teacher, String label, String stem) {
        long knowledgePoint = curriculum.knowledgePoints(teacher, Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        return bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, label,
                Sharing.PRIVATE, List.of(knowledgePoint), new ItemContent(ItemType.SINGLE_CHOICE, stem,
                List.of(new ItemContent.Choice("A", "相等"), new ItemContent.Choice("B", "不相等")), List.of(),
                List.of("A"), Map.of(), List.of(), "", "", "")));
    }
}

package org.educloud.demo.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.QuizResults;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.assessment.Response;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.Stage;
import org.springframework.stereotype.Component;

/**
 * 王老师's item bank on 分数的初步认识 (approved for her school by 孙丽), a unit quiz her class took this week, and a
 * practice quiz still open. Each student answers with a fixed ability (the same on every load), stronger on unit
 * fractions than on calculation, so results and mastery differ by knowledge point as a real class's do.
 */
@Component
class DemoAssessment implements DemoStep {

    private static final String[] QUIZ_POINTS = {"MA-P-FRA-UNIT", "MA-P-FRA-PARTS", "MA-P-FRA-CALC", "MA-P-FRA-APPLY"};

    private final ItemBank bank;
    private final Quizzes quizzes;
    private final Attempts attempts;
    private final QuizResults results;
    private final Curriculum curriculum;
    private final IdentityManagement identity;
    private final Clock clock;
    private final DemoExams exams;

    DemoAssessment(ItemBank bank, Quizzes quizzes, Attempts attempts, QuizResults results, Curriculum curriculum,
                   IdentityManagement identity, Clock clock, DemoExams exams) {
        this.exams = exams;
        this.bank = bank;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.results = results;
        this.curriculum = curriculum;
        this.identity = identity;
        this.clock = clock;
    }

    /** After the roster's classes. */
    @Override
    public int order() {
        return 400;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts(), demo.get(DemoRoster.CLASSES));
    }

    void load(Map<String, UserId> accounts, Map<String, DemoRoster.DemoClass> classes) {
        UserId wang = accounts.get("teacher.wang");
        UserId reviewer = accounts.get("shiyan.admin");
        DemoRoster.DemoClass demoClass = classes.get("lj-shiyan");
        if (wang == null || reviewer == null || demoClass == null) {
            return;
        }
        exams.load(Scope.installation(), reviewer, demoClass);
        Scope teacher = identity.scopeOf(wang);
        Map<String, Long> points = new HashMap<>();
        for (KnowledgePointView kp : curriculum.knowledgePoints(teacher, Subject.MATHEMATICS, Stage.PRIMARY)) {
            points.put(kp.code(), kp.id());
        }
        if (!points.keySet().containsAll(List.of(QUIZ_POINTS))) {
            return;
        }
        Map<String, List<Long>> byPoint = new HashMap<>();
        Map<Long, DemoItems.DemoItem> contents = new HashMap<>();
        Scope school = identity.scopeOf(reviewer);
        for (DemoItems.DemoItem item : DemoItems.all()) {
            long id = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, item.difficulty(),
                    "人教版三年级上册 第八单元", Sharing.SCHOOL, List.of(points.get(item.knowledgePoint())),
                    item.content()));
            bank.submit(teacher, id);
            bank.review(school, id, true, "");
            byPoint.computeIfAbsent(item.knowledgePoint(), k -> new ArrayList<>()).add(id);
            contents.put(id, item);
        }
        long unitQuiz = unitQuiz(teacher, byPoint, demoClass.classId());
        takeQuiz(unitQuiz, demoClass, accounts.get("student.zhang"), contents, teacher);
        practiceQuiz(teacher, byPoint, demoClass.classId());
    }

    /**
     * Ten items, two or three per knowledge point and one of every kind a paper has (choice, true/false, multiple
     * choice, ordering, matching, blanks, a written answer), set a few days ago and still open until the weekend.
     * The positions are those of {@link DemoItems#all()} within each knowledge point.
     */
    private long unitQuiz(Scope teacher, Map<String, List<Long>> byPoint, long classId) {
        Map<String, int[]> positions = Map.of(
                "MA-P-FRA-UNIT", new int[] {0, 12, 13},   // choice, ordering, matching
                "MA-P-FRA-PARTS", new int[] {1, 10, 11},  // choice, true/false, multiple choice
                "MA-P-FRA-CALC", new int[] {0, 13},       // blank, written
                "MA-P-FRA-APPLY", new int[] {0, 4});      // blanks
        List<QuizDraft.Pick> picks = new ArrayList<>();
        for (String point : QUIZ_POINTS) {
            List<Long> ids = byPoint.get(point);
            for (int position : positions.get(point)) {
                picks.add(new QuizDraft.Pick(ids.get(position % ids.size()), BigDecimal.TEN));
            }
        }
        long quiz = quizzes.create(teacher, new QuizDraft("第八单元 分数的初步认识 单元小测",
                "共 10 题，每题 10 分，限时 20 分钟。做完检查一遍再交卷。", 20, 1, true, true, AnswersVisible.AFTER_SUBMIT,
                picks, List.of()));
        Instant now = clock.instant();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(classId), now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(5))));
        return quiz;
    }

    private void practiceQuiz(Scope teacher, Map<String, List<Long>> byPoint, long classId) {
        List<QuizDraft.Pick> picks = byPoint.get("MA-P-FRA-CALC").stream().skip(3).limit(5)
                .map(id -> new QuizDraft.Pick(id, new BigDecimal("20"))).toList();
        long quiz = quizzes.create(teacher, new QuizDraft("同分母分数加减 课后练习", "5 道计算题，可以做两次。", null, 2,
                false, true, AnswersVisible.AFTER_SUBMIT, picks, List.of()));
        Instant now = clock.instant();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(classId), now.minus(Duration.ofHours(3)),
                now.plus(Duration.ofDays(3))));
    }

    /**
     * Every student of the class but a few takes the unit quiz; a student answers right with a chance set by their
     * ability and the item's difficulty and knowledge point. 王老师 grades most written answers.
     */
    private void takeQuiz(long quiz, DemoRoster.DemoClass demoClass, UserId zhang, Map<Long, DemoItems.DemoItem> items,
                          Scope teacher) {
        int index = 0;
        for (DemoRoster.DemoStudent student : demoClass.students()) {
            index++;
            if (index % 9 == 0) {
                continue;
            }
            Random random = new Random(student.studentId() * 7919L);
            double ability = student.account().equals(zhang) ? 0.72 : 0.45 + random.nextDouble() * 0.5;
            Scope scope = identity.scopeOf(student.account());
            AttemptSheet sheet = attempts.start(scope, quiz);
            for (AttemptSheet.SheetItem item : sheet.items()) {
                DemoItems.DemoItem demo = items.get(item.itemId());
                ItemContent content = demo.content();
                double chance = ability + 0.25 - 0.1 * demo.difficulty()
                        + (item.type() == ItemType.TRUE_FALSE ? 0.1 : 0)
                        - (demo.knowledgePoint().equals("MA-P-FRA-CALC") ? 0.15 : 0);
                boolean right = random.nextDouble() < chance;
                attempts.save(scope, sheet.attemptId(), item.position(), 1, response(content, right, random));
            }
            AttemptSheet done = attempts.submit(scope, sheet.attemptId());
            for (AttemptSheet.SheetItem item : done.items()) {
                if (item.awaitsTeacher() && index % 4 != 0) {
                    results.grade(teacher, quiz, done.attemptId(), item.position(),
                            item.points().multiply(BigDecimal.valueOf(random.nextInt(3) + 2L))
                                    .divide(BigDecimal.valueOf(4), 1, java.math.RoundingMode.HALF_UP), "");
                }
            }
        }
    }

    /** A right answer as a student types it, or a plausible wrong one. */
    private static Response response(ItemContent content, boolean right, Random random) {
        return switch (content.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE -> chosen(List.of(right ? content.key().getFirst()
                    : content.choices().stream().map(ItemContent.Choice::id).filter(id -> !content.key().contains(id))
                    .toList().get(random.nextInt(content.choices().size() - 1))));
            case MULTIPLE_CHOICE -> chosen(right ? content.key() : List.of(content.key().getFirst()));
            case FILL_BLANK -> new Response(List.of(), content.blanks().stream().map(b -> right
                    ? (b.accepted().isEmpty() ? String.valueOf(b.number().intValue()) : b.accepted().getFirst())
                    : "1/2").toList(), List.of(), Map.of(), "");
            case ORDERING -> new Response(List.of(), List.of(), right ? content.key()
                    : content.choices().stream().map(ItemContent.Choice::id).toList(), Map.of(), "");
            case MATCHING -> new Response(List.of(), List.of(), List.of(), right ? content.pairs()
                    : Map.of("1", "x", "2", "y", "3", "z"), "");
            case SHORT_ANSWER, ESSAY -> new Response(List.of(), List.of(), List.of(), Map.of(), right
                    ? "分子相同的时候，分母小的分数大，因为平均分的份数少，每份就大。" : "我觉得一样大。");
        };
    }

    private static Response chosen(List<String> ids) {
        return new Response(ids, List.of(), List.of(), Map.of(), "");
    }
}

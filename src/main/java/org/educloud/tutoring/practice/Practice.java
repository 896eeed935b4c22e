package org.educloud.tutoring.practice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.educloud.assessment.PracticeItem;
import org.educloud.assessment.PracticeItems;
import org.educloud.assessment.PracticeMarking;
import org.educloud.assessment.Response;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.Learner;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.tutoring.mastery.KnowledgeTracing;
import org.educloud.tutoring.mastery.Mastery;
import org.educloud.tutoring.mastery.MasteryStore;
import org.educloud.tutoring.tracing.MasteryUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student practising one knowledge point: items from the school's banks at a difficulty that follows mastery
 * (1 while P(L) is low, up to 5 near mastery), each answer marked at once and counted as an observation of the item's
 * knowledge points, until P(L) ≥ 0.95. Reloading the page shows the same item; answering it twice counts once.
 */
@Service
public class Practice {

    private final PracticeStore store;
    private final PracticeItems items;
    private final KnowledgeTracing tracing;
    private final MasteryStore mastery;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final KnowledgePointNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Practice(PracticeStore store, PracticeItems items, KnowledgeTracing tracing, MasteryStore mastery,
             RosterDirectory roster, TenancyManagement tenancy, KnowledgePointNames names,
             ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.items = items;
        this.tracing = tracing;
        this.mastery = mastery;
        this.roster = roster;
        this.tenancy = tenancy;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** The item to answer now on this knowledge point, or that it is mastered. */
    @Transactional
    public PracticeStep current(Scope scope, long knowledgePoint) {
        Student me = student(scope);
        String name = names.name(scope, knowledgePoint);
        double p = probability(me.id(), knowledgePoint);
        if (MasteryUpdate.mastered(p)) {
            return new PracticeStep(knowledgePoint, name, p, true, null, null, false);
        }
        var served = store.served(me.id(), knowledgePoint);
        if (served.isPresent() && !served.get().answered()) {
            try {
                PracticeItem item = items.served(me.school(), served.get().itemId(), served.get().version());
                return new PracticeStep(knowledgePoint, name, p, false, item, null, false);
            } catch (org.educloud.shared.NotFoundException withdrawn) {
                // the item left the bank since it was served: serve another
            }
        }
        var drawn = items.draw(me.school(), knowledgePoint, difficultyFor(p),
                store.recentItems(me.id(), knowledgePoint, 5));
        if (drawn.isEmpty()) {
            return new PracticeStep(knowledgePoint, name, p, false, null, null, true);
        }
        store.serve(me.id(), knowledgePoint, drawn.get().itemId(), drawn.get().version(), clock.instant());
        return new PracticeStep(knowledgePoint, name, p, false, drawn.get(), null, false);
    }

    /** Marks the answer to the served item and updates mastery; the step shows the answer and explanation. */
    @Transactional
    public PracticeStep answer(Scope scope, long knowledgePoint, long itemId, Response response) {
        if (!response.withinBounds()) {
            throw new RuleViolationException("tutoring.error.answerTooLarge");
        }
        Student me = student(scope);
        var served = store.served(me.id(), knowledgePoint)
                .filter(s -> s.itemId() == itemId)
                .orElseThrow(() -> new RuleViolationException("tutoring.error.notServed"));
        PracticeItem item = items.served(me.school(), itemId, served.version());
        PracticeMarking marking = items.mark(me.school(), itemId, served.version(), response);
        Instant now = clock.instant();
        String name = names.name(scope, knowledgePoint);
        if (store.answer(me.id(), knowledgePoint, itemId, now)) {
            for (long kp : marking.knowledgePoints()) {
                tracing.answered(me.id(), kp, me.schoolPath().value(), itemId, marking.correct(), true, now);
            }
            events.publishEvent(new LearningActivity(
                    UUID.nameUUIDFromBytes(("tutoring-practice-" + me.id() + "-" + itemId + "-" + now)
                            .getBytes(StandardCharsets.UTF_8)),
                    me.id(), me.schoolId(), null, LearningVerb.ANSWERED,
                    new LearningActivity.LearningObject(LearningObjectKind.QUESTION, itemId + "-v" + served.version(),
                            "练习：" + name, "Practice: " + name, null, null),
                    new LearningActivity.Outcome(marking.credit(), null, null, marking.correct(), true, null,
                            response.interactionFormat()),
                    null, now));
        }
        double p = probability(me.id(), knowledgePoint);
        return new PracticeStep(knowledgePoint, name, p, MasteryUpdate.mastered(p), item, marking, false);
    }

    /** Difficulty 1–5 that follows mastery: easy items while it is low, harder ones as it grows. */
    static int difficultyFor(double mastery) {
        return Math.clamp(1 + (int) Math.floor(mastery * 5), 1, 5);
    }

    private double probability(long studentId, long knowledgePoint) {
        return mastery.ofStudents(java.util.List.of(studentId)).stream()
                .filter(m -> m.knowledgePoint() == knowledgePoint).map(Mastery::probability).findFirst()
                .orElse(mastery.parameters(knowledgePoint).prior());
    }

    private Student student(Scope scope) {
        if (!scope.has(Role.STUDENT)) {
            throw new ForbiddenException("tutoring.error.studentsOnly");
        }
        Learner learner = roster.learner(scope.userId())
                .orElseThrow(() -> new ForbiddenException("tutoring.error.studentsOnly"));
        OrgPath path = tenancy.find(learner.school()).map(n -> n.path())
                .orElseThrow(() -> new ForbiddenException("tutoring.error.studentsOnly"));
        return new Student(learner.studentId().value(), learner.school(), path);
    }

    /** The practising student, their school and its path. */
    private record Student(long id, org.educloud.shared.OrgId schoolId, OrgPath schoolPath) {

        OrgPath school() {
            return schoolPath;
        }
    }
}

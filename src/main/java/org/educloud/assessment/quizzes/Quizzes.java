package org.educloud.assessment.quizzes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemFilter;
import org.educloud.assessment.items.ItemView;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's quizzes: assembling items by hand or by blueprint from the banks in reach (each pinned at its current
 * version), and setting the quiz to classes they teach. Once published, the items no longer change.
 */
@org.springframework.modulith.NamedInterface("quizzes")
@Service
public class Quizzes {

    static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final QuizStore quizzes;
    private final ItemBank bank;
    private final RosterDirectory roster;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuizColumns columns;

    Quizzes(QuizStore quizzes, ItemBank bank, RosterDirectory roster, IdentityManagement identity,
            ApplicationEventPublisher events, Clock clock, QuizColumns columns) {
        this.columns = columns;
        this.quizzes = quizzes;
        this.bank = bank;
        this.roster = roster;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(Scope scope, QuizDraft draft) {
        SchoolClassView anyClass = roster.taughtClasses(scope).stream().findFirst()
                .orElseThrow(() -> new ForbiddenException("assessment.error.teachersOnly"));
        OrgPath school = schoolPath(scope, anyClass);
        long id = quizzes.insert(new QuizStore.Owner(anyClass.schoolId().value(), school.value(),
                        scope.userId().value(), identity.self(scope.userId()).displayName()),
                draft, assemble(scope, draft), clock.instant());
        audit(scope, "assessment.quiz.created", id, school);
        return id;
    }

    @Transactional
    public void revise(Scope scope, long id, QuizDraft draft) {
        QuizView quiz = owned(scope, id);
        if (quiz.status() != QuizStatus.DRAFT) {
            throw new RuleViolationException("assessment.error.quizPublished");
        }
        quizzes.update(id, draft, assemble(scope, draft));
    }

    /**
     * Revises a draft and, when {@code setting} is given, sets it to those classes in the same transaction: a window
     * or class refused leaves the draft as it was, not half-saved.
     */
    @Transactional
    public void revise(Scope scope, long id, QuizDraft draft, @org.jspecify.annotations.Nullable QuizSetting setting) {
        revise(scope, id, draft);
        if (setting != null) {
            setToClasses(scope, id, setting);
        }
    }

    /** The quiz its own teacher is about to edit (another school's: not found; another teacher's: refused). */
    public QuizView ownedForEditing(Scope scope, long id) {
        return owned(scope, id);
    }

    /** Sets a quiz to classes the caller teaches; setting it again to a class moves that class's window. */
    @Transactional
    public void setToClasses(Scope scope, long id, QuizSetting setting) {
        QuizView quiz = owned(scope, id);
        if (quiz.items().isEmpty()) {
            throw new RuleViolationException("assessment.error.quizEmpty");
        }
        Instant now = clock.instant();
        if (!setting.closesAt().isAfter(setting.opensAt()) || !setting.closesAt().isAfter(now)) {
            throw new FieldRuleViolationException("closesAt", "assessment.error.windowOrder");
        }
        if (Duration.between(setting.opensAt(), setting.closesAt()).compareTo(LONGEST_WINDOW) > 0) {
            throw new FieldRuleViolationException("closesAt", "assessment.error.windowTooLong");
        }
        Map<Long, SchoolClassView> taught = new LinkedHashMap<>();
        roster.taughtClasses(scope).forEach(c -> taught.put(c.id().value(), c));
        List<QuizView.ClassWindow> windows = new ArrayList<>();
        for (long classId : new HashSet<>(setting.classIds())) {
            SchoolClassView c = taught.get(classId);
            if (c == null || c.schoolId().value() != quiz.schoolId()) {
                throw new FieldRuleViolationException("classIds", "assessment.error.notYourClass", classId);
            }
            windows.add(new QuizView.ClassWindow(classId, c.name(), setting.opensAt(), setting.closesAt()));
        }
        quizzes.setToClasses(id, windows, now);
        // one gradebook column per class, due when its window closes (a moved window moves the due time)
        QuizView published = quizzes.find(id).orElseThrow();
        windows.forEach(w -> published.windowFor(w.classId()).ifPresent(window -> columns.put(published, window)));
        audit(scope, "assessment.quiz.set", id, new OrgPath(quiz.schoolPath()));
    }

    /** A quiz its teacher, or an administrator of its school, may manage. */
    public QuizView managed(Scope scope, long id) {
        QuizView quiz = quizzes.find(id).orElseThrow(() -> new NotFoundException("assessment.error.quizNotFound"));
        if (!manages(scope, quiz)) {
            throw new NotFoundException("assessment.error.quizNotFound");
        }
        return quiz;
    }

    public List<QuizView> managed(Scope scope) {
        List<String> patterns = scope.adminPaths().stream().map(OrgPath::likePattern).toList();
        return quizzes.managed(scope.userId().value(), patterns, 200).stream().filter(q -> manages(scope, q)).toList();
    }

    /** Its teacher while they still teach at its school (a teacher who moved on keeps no children's answers). */
    private static boolean manages(Scope scope, QuizView quiz) {
        OrgPath school = new OrgPath(quiz.schoolPath());
        return quiz.teacherAccount() == scope.userId().value() && scope.holds(Role.TEACHER, school)
                || scope.canAdminister(school);
    }

    private QuizView owned(Scope scope, long id) {
        QuizView quiz = managed(scope, id);
        if (quiz.teacherAccount() != scope.userId().value()) {
            throw new ForbiddenException("assessment.error.notQuizOwner");
        }
        return quiz;
    }

    /** The quiz's items: the hand-picked ones, then the blueprint's draws, each at its current version. */
    List<QuizView.QuizItem> assemble(Scope scope, QuizDraft draft) {
        List<QuizView.QuizItem> items = new ArrayList<>();
        Set<Long> chosen = new HashSet<>();
        for (QuizDraft.Pick pick : draft.items()) {
            ItemView item = bank.find(scope, pick.itemId());
            if (!chosen.add(item.id())) {
                throw new FieldRuleViolationException("items", "assessment.error.itemTwice", item.id());
            }
            items.add(new QuizView.QuizItem(items.size() + 1, item.id(), item.version(), QuizStore.points(pick.points())));
        }
        Random random = new Random();
        for (QuizDraft.BlueprintRow row : draft.blueprint()) {
            ItemFilter filter = new ItemFilter(null, null, null, null, null, row.difficulty(), row.knowledgePointId(),
                    org.educloud.library.ReviewStatus.PUBLISHED, null);
            List<ItemView> pool = new ArrayList<>(bank.search(scope, filter, 0, 100).items().stream()
                    .filter(i -> !chosen.contains(i.id())).toList());
            if (pool.size() < row.count()) {
                throw new FieldRuleViolationException("blueprint", "assessment.error.blueprintShort",
                        row.knowledgePointId(), row.count(), pool.size());
            }
            java.util.Collections.shuffle(pool, random);
            for (ItemView item : pool.subList(0, row.count())) {
                chosen.add(item.id());
                items.add(new QuizView.QuizItem(items.size() + 1, item.id(), item.version(),
                        QuizStore.points(row.points())));
            }
        }
        if (items.size() > 100) {
            throw new FieldRuleViolationException("items", "assessment.validation.itemCount");
        }
        return items;
    }

    private static OrgPath schoolPath(Scope scope, SchoolClassView c) {
        return scope.grants().stream().filter(g -> g.role() == Role.TEACHER)
                .map(Scope.Grant::path).filter(p -> !p.ids().isEmpty() && p.ids().getLast().equals(c.schoolId()))
                .findFirst().orElseThrow(() -> new ForbiddenException("assessment.error.teachersOnly"));
    }

    private void audit(Scope scope, String action, long id, OrgPath where) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, "#" + id, where, null));
    }

    static BigDecimal total(List<QuizView.QuizItem> items) {
        return items.stream().map(QuizView.QuizItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.educloud.development.assessments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.development.evidence.EvidenceLine;
import org.educloud.development.evidence.PlatformEvidence;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's self-assessment against a framework, once per school year: every indicator rated on the framework's
 * scale, notes optional, saved again as often as the teacher likes until their school reviews it. Reading one is
 * for the teacher and the administrators of their school; to anyone else it does not exist.
 */
@Service
@Transactional
public class SelfAssessments {

    static final int NOTE_LENGTH = 500;
    private static final int PERIODS_SHOWN = 3;

    private final Frameworks frameworks;
    private final AssessmentStore store;
    private final PlatformEvidence evidence;
    private final IdentityManagement identity;
    private final Clock clock;

    SelfAssessments(Frameworks frameworks, AssessmentStore store, PlatformEvidence evidence,
                    IdentityManagement identity, Clock clock) {
        this.frameworks = frameworks;
        this.store = store;
        this.evidence = evidence;
        this.identity = identity;
        this.clock = clock;
    }

    /** The caller's own sheet; a caller who teaches nowhere has none. */
    @Transactional(readOnly = true)
    public AssessmentSheet mine(Scope scope, @Nullable Long frameworkId, @Nullable String period) {
        OrgPath school = schoolOf(scope);
        long framework = frameworkId == null ? frameworks.national() : frameworkId;
        SchoolYear year = period == null ? SchoolYear.current(clock) : SchoolYear.parse(period);
        StoredAssessment stored = store.find(framework, scope.userId().value(), year.label()).orElse(null);
        boolean editable = year.equals(SchoolYear.current(clock)) && (stored == null || !stored.reviewed());
        return sheet(scope, framework, year, scope.userId(), identity.self(scope.userId()).displayName(),
                stored == null ? school : stored.schoolPath(), stored, editable, false);
    }

    /** A teacher's sheet as an administrator of their school reads (and may review) it. */
    @Transactional(readOnly = true)
    public AssessmentSheet ofTeacher(Scope scope, UserId teacher, @Nullable Long frameworkId, @Nullable String period) {
        long framework = frameworkId == null ? frameworks.national() : frameworkId;
        SchoolYear year = period == null ? SchoolYear.current(clock) : SchoolYear.parse(period);
        StoredAssessment stored = readable(scope, teacher, framework, year);
        return sheet(scope, framework, year, teacher, stored.teacherName(), stored.schoolPath(), stored, false,
                reviews(scope, stored));
    }

    /** Saves the caller's ratings of this school year; levels and notes by indicator element id. */
    public void rate(Scope scope, long frameworkId, Map<Long, Integer> levels, Map<Long, String> notes) {
        OrgPath school = schoolOf(scope);
        FrameworkTree tree = frameworks.tree(scope, frameworkId);
        SchoolYear year = SchoolYear.current(clock);
        store.find(frameworkId, scope.userId().value(), year.label()).filter(StoredAssessment::reviewed)
                .ifPresent(reviewed -> {
                    throw new RuleViolationException("development.rating.alreadyReviewed");
                });
        Map<String, RatingsRefused.Problem> problems = new LinkedHashMap<>();
        Map<Long, Rating> ratings = new LinkedHashMap<>();
        tree.indicators().forEach(indicator -> {
            Integer level = levels.get(indicator.id());
            String note = notes.getOrDefault(indicator.id(), "").strip();
            if (level == null) {
                problems.put("level_" + indicator.id(), new RatingsRefused.Problem("development.rating.missing",
                        List.of()));
            } else if (!tree.onScale(level)) {
                problems.put("level_" + indicator.id(), new RatingsRefused.Problem("development.rating.offScale",
                        List.of(tree.highestLevel())));
            }
            String noteProblem = noteProblem(note);
            if (noteProblem != null) {
                problems.put("note_" + indicator.id(), new RatingsRefused.Problem(noteProblem, List.of(NOTE_LENGTH)));
            }
            if (level != null) {
                ratings.put(indicator.id(), new Rating(level, note.isEmpty() ? null : note, null));
            }
        });
        List<Long> known = tree.indicators().map(FrameworkTree.Node::id).toList();
        levels.keySet().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> problems.put(
                "level_" + id, new RatingsRefused.Problem("development.rating.unknownIndicator", List.of())));
        if (!problems.isEmpty()) {
            throw new RatingsRefused(problems);
        }
        store.saveSelf(frameworkId, scope.userId().value(), identity.self(scope.userId()).displayName(),
                school.ids().getLast().value(), school, year.label(), clock.instant(), ratings);
    }

    /** A leader review: an optional level per indicator and a note, by an administrator of the teacher's school. */
    public void review(Scope scope, UserId teacher, long frameworkId, String period, Map<Long, Integer> leaderLevels,
                       @Nullable String note) {
        SchoolYear year = SchoolYear.parse(period);
        StoredAssessment stored = readable(scope, teacher, frameworkId, year);
        if (!reviews(scope, stored)) {
            throw new RuleViolationException(scope.userId().equals(teacher) ? "development.review.notOwn"
                    : "development.review.forbidden");
        }
        FrameworkTree tree = frameworks.tree(scope, frameworkId);
        Map<String, RatingsRefused.Problem> problems = new LinkedHashMap<>();
        leaderLevels.forEach((id, level) -> {
            if (!stored.ratings().containsKey(id)) {
                problems.put("leader_" + id, new RatingsRefused.Problem("development.rating.unknownIndicator",
                        List.of()));
            } else if (!tree.onScale(level)) {
                problems.put("leader_" + id, new RatingsRefused.Problem("development.rating.offScale",
                        List.of(tree.highestLevel())));
            }
        });
        String text = note == null ? "" : note.strip();
        String noteProblem = noteProblem(text);
        if (noteProblem != null) {
            problems.put("reviewNote", new RatingsRefused.Problem(noteProblem, List.of(NOTE_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new RatingsRefused(problems);
        }
        store.saveReview(stored.id(), scope.userId().value(), identity.self(scope.userId()).displayName(),
                text.isEmpty() ? null : text, clock.instant(), leaderLevels);
    }

    /**
     * A teacher's self-assessed mean per dimension code of the national framework this school year (empty without an
     * assessment): what a training programme aimed at a gap compares with. Asked by the teacher themself.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> dimensionMeans(Scope teacher) {
        long framework = frameworks.national();
        StoredAssessment stored = store.find(framework, teacher.userId().value(), SchoolYear.current(clock).label())
                .orElse(null);
        Map<String, Double> means = new LinkedHashMap<>();
        if (stored == null) {
            return means;
        }
        for (FrameworkTree.Node dimension : frameworks.tree(teacher, framework).dimensions()) {
            dimension.indicators().map(i -> stored.ratings().get(i.id())).filter(java.util.Objects::nonNull)
                    .mapToInt(Rating::level).average().ifPresent(mean -> means.put(dimension.code(), mean));
        }
        return means;
    }

    private StoredAssessment readable(Scope scope, UserId teacher, long framework, SchoolYear year) {
        frameworks.tree(scope, framework);
        return store.find(framework, teacher.value(), year.label())
                .filter(a -> scope.userId().equals(teacher) || scope.canAdminister(a.schoolPath()))
                .orElseThrow(() -> new NotFoundException("development.error.assessmentNotFound"));
    }

    /** Only an administrator of the teacher's own school reviews, and never their own assessment. */
    private static boolean reviews(Scope scope, StoredAssessment stored) {
        return scope.holds(Role.SCHOOL_ADMIN, stored.schoolPath()) && scope.userId().value() != stored.teacherAccount();
    }

    private AssessmentSheet sheet(Scope scope, long framework, SchoolYear year, UserId teacher, String teacherName,
                                  OrgPath school, @Nullable StoredAssessment stored, boolean editable,
                                  boolean reviewable) {
        FrameworkTree tree = frameworks.tree(scope, framework);
        Map<EvidenceKind, EvidenceLine> lines = evidence.of(scope, teacher, school, year.from(), year.to());
        Map<Long, List<EvidenceLine>> byIndicator = new LinkedHashMap<>();
        tree.indicators().forEach(indicator -> {
            List<EvidenceLine> shown = new ArrayList<>();
            indicator.evidence().stream().sorted().forEach(kind -> shown.add(lines.get(kind)));
            byIndicator.put(indicator.id(), shown);
        });
        return new AssessmentSheet(tree, frameworks.visible(scope), year.label(),
                SchoolYear.current(clock).recent(PERIODS_SHOWN), teacher.value(), teacherName, stored, byIndicator,
                editable, reviewable);
    }

    private static OrgPath schoolOf(Scope scope) {
        return scope.grants().stream().filter(g -> g.role() == Role.TEACHER).map(Scope.Grant::path)
                .filter(p -> p.depth() > 0).findFirst()
                .orElseThrow(() -> new NotFoundException("development.error.notATeacher"));
    }

    private static @Nullable String noteProblem(String note) {
        if (note.length() > NOTE_LENGTH) {
            return "development.rating.noteTooLong";
        }
        if (note.indexOf('<') >= 0 || note.indexOf('>') >= 0 || note.chars().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\r')) {
            return "development.rating.noteMarkup";
        }
        return null;
    }
}

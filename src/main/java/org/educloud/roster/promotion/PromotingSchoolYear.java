package org.educloud.roster.promotion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.PromotionPlan;
import org.educloud.roster.TermView;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a school up a year in one operation: every homeroom class of the old term gets its successor in the new
 * term (三年级(2)班 becomes 四年级(2)班, same head teacher) with the same students, and the top grade the school
 * teaches graduates. Planning and doing use the same rules, so the preview is what happens.
 */
@Component
public class PromotingSchoolYear {

    private static final String[] GRADE_NAMES = {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级",
            "八年级", "九年级", "高一", "高二", "高三"};

    private final TermRepository terms;
    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PromotingSchoolYear(TermRepository terms, SchoolClassRepository classes, EnrolmentRepository enrolments,
                        StudentRepository students, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.classes = classes;
        this.enrolments = enrolments;
        this.students = students;
        this.events = events;
        this.clock = clock;
    }

    public PromotionPlan plan(OrgNodeView school, long fromTermId, long toTermId) {
        TermView from = applicable(school, fromTermId);
        TermView to = applicable(school, toTermId);
        if (!to.startsOn().isAfter(from.endsOn()) || to.schoolYear().equals(from.schoolYear())) {
            throw new RuleViolationException("roster.error.promotionTerms");
        }
        int topGrade = topGrade(school);
        List<SchoolClass> current = classes.findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(), from.id().value())
                .stream().filter(c -> c.kind() == ClassKind.HOMEROOM).toList();
        Map<String, SchoolClass> existing = classes.findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(),
                to.id().value()).stream().collect(Collectors.toMap(SchoolClass::name, Function.identity(), (a, b) -> a));
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (!current.isEmpty()) {
            enrolments.countCurrent(current.stream().map(SchoolClass::id).toList())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        List<PromotionPlan.ClassMove> moves = new ArrayList<>();
        List<PromotionPlan.Graduation> graduations = new ArrayList<>();
        for (SchoolClass schoolClass : current) {
            long size = counts.getOrDefault(schoolClass.id(), 0L);
            if (schoolClass.grade() >= topGrade) {
                graduations.add(new PromotionPlan.Graduation(ClassId.of(schoolClass.id()), schoolClass.name(), size));
            } else {
                String next = successorName(schoolClass.name(), schoolClass.grade());
                moves.add(new PromotionPlan.ClassMove(ClassId.of(schoolClass.id()), schoolClass.name(),
                        schoolClass.grade() + 1, next, size, existing.containsKey(next)));
            }
        }
        return new PromotionPlan(from, to, moves, graduations);
    }

    /** Carries out the plan; returns it as done. Classes already created in the new term are reused. */
    public PromotionPlan promote(Scope scope, OrgNodeView school, long fromTermId, long toTermId) {
        PromotionPlan plan = plan(school, fromTermId, toTermId);
        if (plan.moves().isEmpty() && plan.graduations().isEmpty()) {
            throw new RuleViolationException("roster.error.nothingToPromote");
        }
        Map<String, SchoolClass> targets = classes.findBySchoolIdAndTermIdOrderByGradeAscNameAsc(school.id().value(),
                plan.to().id().value()).stream().collect(Collectors.toMap(SchoolClass::name, Function.identity(), (a, b) -> a));
        Map<Long, SchoolClass> olds = classes.findAllById(plan.moves().stream().map(m -> m.fromClassId().value())
                .toList()).stream().collect(Collectors.toMap(SchoolClass::id, Function.identity()));
        for (PromotionPlan.ClassMove move : plan.moves()) {
            SchoolClass old = olds.get(move.fromClassId().value());
            SchoolClass successor = targets.computeIfAbsent(move.toName(), name -> classes.save(new SchoolClass(
                    school.id(), school.path(), plan.to().id().value(), new ClassDraft(plan.to().id().value(), move.toGrade(), name,
                    ClassKind.HOMEROOM, old.headTeacherId()), clock.instant())));
            java.util.Set<Long> alreadyThere = new java.util.HashSet<>(enrolments.currentStudentsOf(List.of(successor.id())));
            for (Enrolment enrolment : enrolments.currentOf(old.id())) {
                enrolment.end(plan.from().endsOn());
                if (alreadyThere.add(enrolment.studentId())) {
                    enrolments.save(new Enrolment(enrolment.studentId(), successor, plan.to().startsOn()));
                }
            }
        }
        for (PromotionPlan.Graduation graduation : plan.graduations()) {
            List<Enrolment> leaving = enrolments.currentOf(graduation.classId().value());
            leaving.forEach(e -> e.end(plan.from().endsOn()));
            students.findAllById(leaving.stream().map(Enrolment::studentId).toList()).forEach(Student::graduate);
        }
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.promoted", school.name(), school.path(),
                plan.from().schoolYear() + " → " + plan.to().schoolYear() + ": " + plan.studentsMoving() + " moved, "
                        + plan.studentsGraduating() + " graduated"));
        return plan;
    }

    private TermView applicable(OrgNodeView school, long termId) {
        return terms.applicableTo(school.path().value()).stream().filter(t -> t.id() == termId).findFirst()
                .map(Term::view).orElseThrow(() -> new NotFoundException("roster.error.termNotFound"));
    }

    /** The last grade a school teaches: 12 with senior secondary, 9 with junior, else 6. */
    static int topGrade(OrgNodeView school) {
        EnumSet<Stage> stages = school.stages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(school.stages());
        return stages.contains(Stage.SENIOR) ? 12 : stages.contains(Stage.JUNIOR) ? 9 : 6;
    }

    static String gradeName(int grade) {
        return grade >= 1 && grade < GRADE_NAMES.length ? GRADE_NAMES[grade] : grade + "年级";
    }

    public static String successorName(String name, int grade) {
        if (grade >= 1 && grade < GRADE_NAMES.length - 1 && name.startsWith(GRADE_NAMES[grade])) {
            return GRADE_NAMES[grade + 1] + name.substring(GRADE_NAMES[grade].length());
        }
        return (grade + 1 < GRADE_NAMES.length ? GRADE_NAMES[grade + 1] : String.valueOf(grade + 1)) + " " + name;
    }
}

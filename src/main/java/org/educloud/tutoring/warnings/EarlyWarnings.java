package org.educloud.tutoring.warnings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.MissedWork;
import org.educloud.learning.MissingWork;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.StudentView;
import org.educloud.schoolday.AttendanceFigures;
import org.educloud.schoolday.ChronicAbsence;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tutoring.views.MasteryReading;
import org.springframework.stereotype.Service;

/**
 * A class's early-warning list for its teachers and its school's admins: the mastery reasons the tutoring model
 * sees, the missed work the learning space reports and the chronic absence the school day counts, one entry per
 * student with all their reasons.
 */
@Service
public class EarlyWarnings {

    private final MasteryReading reading;
    private final MissingWork missingWork;
    private final RosterDirectory roster;
    private final AttendanceFigures attendance;
    private final TenancyManagement tenancy;
    private final WarningProperties properties;
    private final java.time.Clock clock;

    EarlyWarnings(MasteryReading reading, MissingWork missingWork, RosterDirectory roster, AttendanceFigures attendance,
                  TenancyManagement tenancy, WarningProperties properties, java.time.Clock clock) {
        this.attendance = attendance;
        this.tenancy = tenancy;
        this.properties = properties;
        this.clock = clock;
        this.reading = reading;
        this.missingWork = missingWork;
        this.roster = roster;
    }

    /** The class's name, once the caller's right to it is checked. */
    public String className(Scope scope, long classId) {
        return reading.heatmapClassName(scope, classId);
    }

    public List<StudentWarning> ofClass(Scope scope, long classId) {
        // the mastery side checks the class is the caller's (not found otherwise) before anything else is read
        List<MasteryReading.Warning> mastery = reading.warnings(scope, classId);
        List<MissedWork> missed;
        try {
            missed = missingWork.ofClass(scope, ClassId.of(classId));
        } catch (ForbiddenException notTheirs) {
            throw new NotFoundException("tutoring.error.classNotFound");
        }
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<StudentWarning.Reason>> reasons = new LinkedHashMap<>();
        for (MasteryReading.Warning w : mastery) {
            names.putIfAbsent(w.studentId(), w.name());
            reasons.computeIfAbsent(w.studentId(), k -> new ArrayList<>()).add(new StudentWarning.Reason(
                    WarningReason.valueOf(w.reason().toUpperCase(java.util.Locale.ROOT)), w.knowledgePoint(),
                    w.from(), w.to(), List.of()));
        }
        Map<Long, Map<WarningReason, List<String>>> byStudent = new LinkedHashMap<>();
        missed.stream().sorted(Comparator.comparing(MissedWork::dueAt)).forEach(m -> byStudent
                .computeIfAbsent(m.studentId().value(), k -> new java.util.EnumMap<>(WarningReason.class))
                .computeIfAbsent(WarningReason.of(m.kind()), k -> new ArrayList<>()).add(m.title()));
        ClassRoster members = roster.roster(scope, ClassId.of(classId));
        Map<Long, String> classNames = new LinkedHashMap<>();
        members.students().forEach(s -> classNames.put(s.id().value(), s.name()));
        for (ChronicAbsence absent : chronicAbsence(scope, members)) {
            long student = absent.student().value();
            names.putIfAbsent(student, classNames.get(student));
            reasons.computeIfAbsent(student, k -> new ArrayList<>()).add(new StudentWarning.Reason(
                    WarningReason.CHRONIC_ABSENCE, null, absent.daysMissed(), absent.daysRecorded(), List.of()));
        }
        byStudent.forEach((student, missedByReason) -> {
            names.putIfAbsent(student, classNames.getOrDefault(student, "#" + student));
            missedByReason.forEach((reason, titles) -> reasons.computeIfAbsent(student, k -> new ArrayList<>())
                    .add(new StudentWarning.Reason(reason, null, 0, 0, titles)));
        });
        List<StudentWarning> warnings = new ArrayList<>();
        // missed work first: it is what a teacher can act on today
        reasons.forEach((student, list) -> warnings.add(new StudentWarning(student, names.get(student),
                list.stream().sorted(Comparator.comparing(r -> -r.reason().ordinal())).toList())));
        warnings.sort(Comparator.comparing((StudentWarning w) -> w.reasons().stream()
                .noneMatch(r -> r.reason().notified())).thenComparing(StudentWarning::name));
        return warnings;
    }

    /** The class's students over the absence threshold, counted over all their rolls at the school. */
    private List<ChronicAbsence> chronicAbsence(Scope scope, ClassRoster members) {
        var school = tenancy.find(members.schoolClass().schoolId());
        if (school.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> inClass = new java.util.HashSet<>();
        members.students().stream().map(StudentView::id).forEach(id -> inClass.add(id.value()));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return attendance.chronicAbsence(scope, school.get().path(),
                        today.minusDays(properties.chronicAbsenceDays() - 1L), today, properties.chronicAbsenceShare())
                .stream().filter(c -> inClass.contains(c.student().value())).toList();
    }
}

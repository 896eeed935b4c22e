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
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tutoring.views.MasteryReading;
import org.springframework.stereotype.Service;

/**
 * A class's early-warning list for its teachers and its school's admins: the mastery reasons the tutoring model
 * sees and the missed work the learning space reports, one entry per student with all their reasons.
 */
@Service
public class EarlyWarnings {

    private final MasteryReading reading;
    private final MissingWork missingWork;
    private final RosterDirectory roster;

    EarlyWarnings(MasteryReading reading, MissingWork missingWork, RosterDirectory roster) {
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
        Map<Long, String> classNames = new LinkedHashMap<>();
        if (!byStudent.isEmpty()) {
            roster.roster(scope, ClassId.of(classId)).students()
                    .forEach(s -> classNames.put(s.id().value(), s.name()));
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
}

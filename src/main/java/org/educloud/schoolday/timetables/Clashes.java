package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import java.util.Optional;
import org.educloud.shared.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A teacher or a room is in one place at a time. A refusal names the lesson already there (class, subject, period),
 * so the person moving lessons knows which one to move instead.
 */
@Component
class Clashes {

    private final TimetableStore store;

    Clashes(TimetableStore store) {
        this.store = store;
    }

    /** For a weekly lesson: another class's weekly lesson at the same weekday and period. */
    void checkWeekly(BellSchedule schedule, long classId, LessonDraft draft, @Nullable String teacherName,
                     String periodLabel) {
        if (draft.teacherId() != null) {
            store.teacherWeekly(schedule.id(), draft.teacherId(), draft.weekday(), draft.position(), classId)
                    .ifPresent(other -> refuse("teacherId", "schoolday.clash.teacher", teacherName, other, periodLabel));
        }
        String room = TimetableStore.blankToNull(draft.room());
        if (room != null) {
            store.roomWeekly(schedule.id(), room, draft.weekday(), draft.position(), classId)
                    .ifPresent(other -> refuse("room", "schoolday.clash.room", room, other, periodLabel));
        }
    }

    /** For a change on a date: whatever the teacher or room holds then in another class, changes included. */
    void checkOnDate(BellSchedule schedule, long classId, ChangeDraft draft, @Nullable String teacherName,
                     String periodLabel) {
        if (draft.kind() == ChangeKind.CANCELLED) {
            return;
        }
        LocalDate date = draft.date();
        if (draft.teacherId() != null) {
            Optional<Cell> other = store.occupied(schedule.id(), "teacher_id", draft.teacherId(), date, draft.position(),
                    classId);
            other.ifPresent(o -> refuse("teacherId", "schoolday.clash.teacher", teacherName, o, periodLabel));
        }
        String room = TimetableStore.blankToNull(draft.room());
        if (room != null) {
            store.occupied(schedule.id(), "room", room, date, draft.position(), classId)
                    .ifPresent(o -> refuse("room", "schoolday.clash.room", room, o, periodLabel));
        }
    }

    private static void refuse(String field, String key, @Nullable String who, Cell other, String periodLabel) {
        throw new ConflictException(field, key, who == null ? "" : who, other.className(),
                other.subject() == null ? "" : other.subject(), periodLabel);
    }
}

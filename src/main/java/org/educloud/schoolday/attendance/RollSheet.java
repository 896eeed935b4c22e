package org.educloud.schoolday.attendance;

import java.time.LocalDate;
import java.util.List;
import org.educloud.roster.SchoolClassView;
import org.jspecify.annotations.Nullable;

/**
 * A roll as the phone page shows it: the class, the date and period ({@code position} 0 for the whole day), each
 * student's mark, and whether it was taken before (else everyone shows present, or on leave where approved).
 */
public record RollSheet(SchoolClassView schoolClass, LocalDate date, int position, @Nullable String periodLabel,
                        List<RollLine> lines, boolean taken) {

    public long count(Mark mark) {
        return lines.stream().filter(l -> l.mark() == mark).count();
    }
}

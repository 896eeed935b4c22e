package org.educloud.roster;

import java.time.LocalDate;
import org.educloud.shared.OrgId;

/** A term, e.g. 2026-2027 第一学期, and the bureau or school that defined it. */
public record TermView(TermId id, OrgId definedBy, String schoolYear, String name, LocalDate startsOn, LocalDate endsOn)
        implements java.io.Serializable {

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

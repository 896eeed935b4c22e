package org.educloud.roster;

import java.util.List;

/** A staff member with the classes they lead or teach. */
public record StaffDetail(StaffView staff, List<SchoolClassView> classes) {
}

package org.educloud.roster.oneroster.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import org.educloud.roster.oneroster.csv.OneRosterRead.ClassRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.SourcePerson;
import org.educloud.roster.oneroster.csv.OneRosterRead.StaffAttributes;
import org.educloud.roster.oneroster.csv.OneRosterRead.TermRow;
import org.educloud.tenancy.OrgNodeView;

/**
 * What the first pass collects while it reads a OneRoster set, filled by the readers of each file
 * ({@link OneRosterReading}, {@link OneRosterTermsAndClassesReading}, {@link OneRosterPeopleReading}) and handed
 * on only as the {@link OneRosterRead} it ends with.
 */
final class OneRosterSet {

    final Map<String, SourcePerson> sourcePeople = new java.util.HashMap<>();
    final Map<String, OrgNodeView> schools = new LinkedHashMap<>();
    /** Staff by sourcedId; kept beside {@link PersonRow} since only staff have them. */
    final Map<String, StaffAttributes> staffAttributes = new java.util.HashMap<>();
    final Map<String, TermRow> terms = new LinkedHashMap<>();
    final Map<String, ClassRow> classes = new LinkedHashMap<>();
    final Map<String, PersonRow> people = new LinkedHashMap<>();
    int rows;
    int enrollments;

    int size() {
        return rows;
    }

    /** What was read, as it stays. */
    OneRosterRead result() {
        return new OneRosterRead(schools, terms, classes, people, staffAttributes, sourcePeople, rows, enrollments);
    }
}

package org.educloud.roster.oneroster.csv;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.imports.ImportRunRecorder;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.roster.oneroster.csv.OneRosterRead.ClassRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;

/**
 * Checks enrollments.csv of a OneRoster set against the classes and people read before it and those EduCloud
 * already links. It only counts the rows: a million enrollments are read again by the writing step rather than
 * held in memory.
 */
final class OneRosterEnrollmentsReading {

    private final Map<String, OrgNodeView> schools;
    private final Map<String, ClassRow> classes;
    private final Map<String, PersonRow> people;
    private final Set<String> classesNamed;
    private final Set<String> usersNamed;
    private final OneRosterLinks links;
    private final OneRosterCells cells;
    private final List<ImportProblem> problems;
    /** Problems the readers before this one found: the run stops checking enrollments once there are enough. */
    private final int problemsBefore;
    private int rows;

    OneRosterEnrollmentsReading(Map<String, OrgNodeView> schools,
                                OneRosterTermsAndClassesReading.TermsAndClasses termsAndClasses,
                                OneRosterPeopleReading.People people, int problemsBefore, OneRosterLinks links,
                                OneRosterCells cells) {
        this.schools = schools;
        this.classes = termsAndClasses.classes();
        this.classesNamed = termsAndClasses.classesNamed();
        this.people = people.people();
        this.usersNamed = people.usersNamed();
        this.problemsBefore = problemsBefore;
        this.links = links;
        this.cells = cells;
        this.problems = cells.problems();
    }

    /** Enrollment rows read so far. */
    int rows() {
        return rows;
    }

    void enrollment(Row row) {
        rows++;
        if (problemsBefore + problems.size() < ImportRunRecorder.MAX_PROBLEMS) {
            check(row);
        }
    }

    private void check(Row row) {
        boolean deleted = "tobedeleted".equals(row.get("status"));
        String classId = row.get("classSourcedId");
        String userId = row.get("userSourcedId");
        PersonRow person = people.get(userId);
        OneRosterObject kind = person != null ? person.kind().object()
                : links.person(userId).map(OneRosterLinks.Local::kind).orElse(null);
        ClassRow named = classes.get(classId);
        boolean classKnown = named != null && !named.deleted() || links.schoolClass(classId).isPresent();
        if (deleted && (!classKnown || kind == null)) {
            // Ending a membership EduCloud never had changes nothing; a class or user the files passed over
            // already said so.
            if (!classesNamed.contains(classId) && !usersNamed.contains(userId)) {
                cells.unknownDeleted(row, classKnown ? "userSourcedId" : "classSourcedId");
            }
            return;
        }
        if (named != null && named.deleted() && !deleted) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.deletedClass"));
        } else if (!classKnown && !classesNamed.contains(classId)) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.unknownClass"));
        }
        if (kind == null && usersNamed.contains(userId)) {
            // The user's own row was refused or passed over, and says why: once is enough.
            return;
        }
        String role = row.get("role");
        if (person != null && named != null && person.kind() != PersonKind.GUARDIAN
                && !person.schoolSourcedId().isEmpty()
                && schools.get(person.schoolSourcedId()) != schools.get(named.schoolSourcedId())) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.otherSchoolClass"));
        }
        if (kind == null) {
            problems.add(row.problem("userSourcedId", "roster.oneroster.error.unknownUser"));
        } else if (role.equals("student") ? kind != OneRosterObject.STUDENT : kind != OneRosterObject.STAFF) {
            problems.add(row.problem("role", "roster.oneroster.error.enrollmentRole", role));
        }
        if (!deleted) {
            cells.date(row, "beginDate", false);
            cells.date(row, "endDate", false);
        }
    }
}

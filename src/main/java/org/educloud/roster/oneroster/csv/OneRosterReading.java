package org.educloud.roster.oneroster.csv;

import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.educloud.roster.imports.ImportRunRecorder;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.tenancy.OrgNodeView;
/**
 * The first pass over a OneRoster set: reads every file the manifest names, in the order the files depend on each
 * other, checks each row against the binding and against what EduCloud needs, and collects every problem. Nothing
 * is written. Orgs and enrolments are read here; terms and classes ({@link OneRosterTermsAndClassesReading}) and
 * people ({@link OneRosterPeopleReading}) each have their own reader.
 */
final class OneRosterReading {

    private final OneRosterFileSet files;
    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterLinks links;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private final OneRosterSet set = new OneRosterSet();
    private final OneRosterDrops drops = new OneRosterDrops();
    /** Orgs of the files that are not schools (district, local, state, department): staff there work at a bureau. */
    private final Set<String> bureaus = new java.util.HashSet<>();
    private final OneRosterCells cells;
    private final OneRosterTermsAndClassesReading termsAndClasses;
    private final OneRosterPeopleReading people;

    OneRosterReading(OneRosterFileSet files, List<OrgNodeView> schoolsInRoot, OneRosterLinks links,
                     List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.files = files;
        this.schoolsInRoot = schoolsInRoot;
        this.links = links;
        this.problems = problems;
        this.warnings = warnings;
        this.cells = new OneRosterCells(problems, warnings);
        this.termsAndClasses = new OneRosterTermsAndClassesReading(set, links, schoolsInRoot, cells, drops);
        this.people = new OneRosterPeopleReading(files, set, links, schoolsInRoot, cells, bureaus);
    }

    /** Reads the whole set, telling {@code progress} the rows read so far every 10,000 enrollments. */
    OneRosterRead read(IntConsumer progress) throws OneRosterFileSet.Refused {
        if (files.present("orgs")) {
            files.read("orgs", this::org);
        }
        if (files.present("academicSessions")) {
            files.read("academicSessions", termsAndClasses::session);
        }
        if (files.present("courses")) {
            files.read("courses", row -> set.rows++);
        }
        if (files.present("classes")) {
            files.read("classes", termsAndClasses::schoolClass);
        }
        if (files.present("demographics")) {
            files.read("demographics", people::demographic);
        }
        if (files.present("roles")) {
            files.read("roles", people::role);
        }
        if (files.present("users")) {
            files.read("users", people::user);
        }
        if (files.present("enrollments")) {
            files.read("enrollments", row -> {
                if (++set.enrollments % 10_000 == 0) {
                    progress.accept(set.rows + set.enrollments);
                }
                if (problems.size() < ImportRunRecorder.MAX_PROBLEMS) {
                    enrollment(row);
                }
            });
            set.rows += set.enrollments;
        }
        drops.report(warnings);
        return set.result();
    }

    private void org(Row row) {
        set.rows++;
        if (!"school".equals(row.get("type"))) {
            bureaus.add(row.get("sourcedId"));
            return;
        }
        if ("tobedeleted".equals(row.get("status"))) {
            return;
        }
        String identifier = row.get("identifier");
        String sourcedId = row.get("sourcedId");
        OrgNodeView school = schoolsInRoot.stream()
                .filter(s -> identifier.equals(s.schoolCode()) || sourcedId.equals(OneRosterObject.ORG.prefix() + s.id()))
                .findFirst().orElse(null);
        if (school == null) {
            problems.add(row.problem("identifier", "roster.oneroster.error.unknownSchool"));
        } else {
            set.schools.put(sourcedId, school);
        }
    }

    private void enrollment(Row row) {
        boolean deleted = "tobedeleted".equals(row.get("status"));
        String classId = row.get("classSourcedId");
        String userId = row.get("userSourcedId");
        PersonRow person = set.people.get(userId);
        OneRosterObject kind = person != null ? person.kind().object()
                : links.person(userId).map(OneRosterLinks.Local::kind).orElse(null);
        OneRosterRead.ClassRow named = set.classes.get(classId);
        boolean classKnown = named != null && !named.deleted() || links.schoolClass(classId).isPresent();
        if (deleted && (!classKnown || kind == null)) {
            // Ending a membership EduCloud never had changes nothing; a class or user the files passed over
            // already said so.
            if (!termsAndClasses.classNamed(classId) && !people.userNamed(userId)) {
                cells.unknownDeleted(row, classKnown ? "userSourcedId" : "classSourcedId");
            }
            return;
        }
        if (named != null && named.deleted() && !deleted) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.deletedClass"));
        } else if (!classKnown && !termsAndClasses.classNamed(classId)) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.unknownClass"));
        }
        if (kind == null && people.userNamed(userId)) {
            // The user's own row was refused or passed over, and says why: once is enough.
            return;
        }
        String role = row.get("role");
        OneRosterRead.ClassRow schoolClass = set.classes.get(classId);
        if (person != null && schoolClass != null && person.kind() != PersonKind.GUARDIAN
                && !person.schoolSourcedId().isEmpty()
                && set.schools.get(person.schoolSourcedId()) != set.schools.get(schoolClass.schoolSourcedId())) {
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

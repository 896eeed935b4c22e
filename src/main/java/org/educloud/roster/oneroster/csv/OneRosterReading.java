package org.educloud.roster.oneroster.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.educloud.roster.oneroster.csv.OneRosterOrgsReading.Orgs;
import org.educloud.roster.oneroster.csv.OneRosterPeopleReading.People;
import org.educloud.roster.oneroster.csv.OneRosterTermsAndClassesReading.TermsAndClasses;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;

/**
 * The first pass over a OneRoster set: reads every file the manifest names, in the order the files depend on each
 * other, checks each row against the binding and against what EduCloud needs, and collects every problem. Nothing
 * is written. Each file family has its own reader (orgs {@link OneRosterOrgsReading}, terms and classes
 * {@link OneRosterTermsAndClassesReading}, people {@link OneRosterPeopleReading}, enrollments
 * {@link OneRosterEnrollmentsReading}) that keeps what it reads to itself, with its own problems, and hands on an
 * unchangeable result the next one reads; this one combines them into the {@link OneRosterRead}.
 */
final class OneRosterReading {

    private final OneRosterFileSet files;
    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterLinks links;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;

    OneRosterReading(OneRosterFileSet files, List<OrgNodeView> schoolsInRoot, OneRosterLinks links,
                     List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.files = files;
        this.schoolsInRoot = schoolsInRoot;
        this.links = links;
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * Reads the whole set, telling {@code progress} the rows read so far every 10,000 enrollments. The readers'
     * problems and warnings are added to the run's in the order the files were read, also when a file is refused
     * halfway, so a refused set still lists what was found before.
     */
    OneRosterRead read(IntConsumer progress) throws OneRosterFileSet.Refused {
        List<OneRosterCells> found = new ArrayList<>();
        OneRosterRead read;
        List<ImportProblem> dropped;
        try {
            OneRosterOrgsReading orgsReading = new OneRosterOrgsReading(schoolsInRoot, cellsOf(found));
            if (files.present("orgs")) {
                files.read("orgs", orgsReading::org);
            }
            Orgs orgs = orgsReading.result();

            OneRosterTermsAndClassesReading termsAndClassesReading =
                    new OneRosterTermsAndClassesReading(orgs.schools(), links, schoolsInRoot, cellsOf(found));
            if (files.present("academicSessions")) {
                files.read("academicSessions", termsAndClassesReading::session);
            }
            int[] courses = {0};
            if (files.present("courses")) {
                files.read("courses", row -> courses[0]++);
            }
            if (files.present("classes")) {
                files.read("classes", termsAndClassesReading::schoolClass);
            }
            TermsAndClasses termsAndClasses = termsAndClassesReading.result();

            OneRosterPeopleReading peopleReading = new OneRosterPeopleReading(files, orgs, problemsIn(found),
                    links, schoolsInRoot, cellsOf(found));
            if (files.present("demographics")) {
                files.read("demographics", peopleReading::demographic);
            }
            if (files.present("roles")) {
                files.read("roles", peopleReading::role);
            }
            if (files.present("users")) {
                files.read("users", peopleReading::user);
            }
            People people = peopleReading.result();

            // Schools by sourcedId: those orgs.csv named first, then those classes and people named otherwise.
            Map<String, OrgNodeView> schools = new LinkedHashMap<>(orgs.schools());
            termsAndClasses.schools().forEach(schools::putIfAbsent);
            people.schools().forEach(schools::putIfAbsent);
            int rows = orgs.rows() + termsAndClasses.rows() + courses[0] + people.rows();

            OneRosterEnrollmentsReading enrollments = new OneRosterEnrollmentsReading(schools, termsAndClasses,
                    people, problemsIn(found), links, cellsOf(found));
            if (files.present("enrollments")) {
                files.read("enrollments", row -> {
                    enrollments.enrollment(row);
                    if (enrollments.rows() % 10_000 == 0) {
                        progress.accept(rows + enrollments.rows());
                    }
                });
            }
            read = new OneRosterRead(schools, termsAndClasses.terms(), termsAndClasses.classes(), people.people(),
                    people.staffAttributes(), people.sourcePeople(), rows + enrollments.rows(), enrollments.rows());
            dropped = termsAndClasses.dropped();
        } finally {
            for (OneRosterCells cells : found) {
                problems.addAll(cells.problems());
                warnings.addAll(cells.warnings());
            }
        }
        // Values the model cannot hold are said last, once per file and column.
        warnings.addAll(dropped);
        return read;
    }

    /** Cells of a new reader, with problems and warnings of its own. */
    private OneRosterCells cellsOf(List<OneRosterCells> found) {
        OneRosterCells cells = new OneRosterCells(new ArrayList<>(), new ArrayList<>());
        found.add(cells);
        return cells;
    }

    private static int problemsIn(List<OneRosterCells> found) {
        return found.stream().mapToInt(cells -> cells.problems().size()).sum();
    }
}

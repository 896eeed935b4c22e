package org.educloud.roster.oneroster.csv;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.ClassKind;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.roster.oneroster.csv.OneRosterRead.ClassRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.TermRow;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * Reads academicSessions.csv and classes.csv of a OneRoster set into terms and classes: the 学期 and 班级 every
 * other row hangs on, checked apart from people because their rules (school years, equal titles, one term per
 * class) are their own. It keeps what it reads to itself and hands it on as {@link TermsAndClasses}.
 */
final class OneRosterTermsAndClassesReading {

    /**
     * What academicSessions.csv and classes.csv said, as it stays: terms and classes by sourcedId in the files'
     * order, the schools classes named that orgs.csv did not (by the sourcedId EduCloud's export gives them), every
     * class sourcedId the file defines (taken or not), the rows read, and the warnings for values the model cannot
     * hold, one per file and column, said after everything else.
     */
    record TermsAndClasses(Map<String, TermRow> terms, Map<String, ClassRow> classes,
                           Map<String, OrgNodeView> schools, Set<String> classesNamed, int rows,
                           List<ImportProblem> dropped) {

        TermsAndClasses {
            terms = OneRosterRead.frozen(terms);
            classes = OneRosterRead.frozen(classes);
            schools = OneRosterRead.frozen(schools);
            classesNamed = Set.copyOf(classesNamed);
            dropped = List.copyOf(dropped);
        }
    }

    /** The schools orgs.csv named, read before. */
    private final Map<String, OrgNodeView> orgSchools;
    private final OneRosterLinks links;
    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterCells cells;
    private final OneRosterDrops drops = new OneRosterDrops();
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private final Map<String, TermRow> terms = new LinkedHashMap<>();
    private final Map<String, ClassRow> classes = new LinkedHashMap<>();
    /** Schools named by classes, not by orgs.csv, in the order first named. */
    private final Map<String, OrgNodeView> otherSchools = new LinkedHashMap<>();
    private int rows;
    /**
     * Every class sourcedId the files define, taken or not: an enrolment naming one that was refused or passed
     * over is not reported again (its own row says why).
     */
    private final Set<String> classesNamed = new HashSet<>();
    /** Terms by school year and name, to tell equal titles apart (the first sourcedId that took the name). */
    private final Map<String, TermRow> termByName = new HashMap<>();

    OneRosterTermsAndClassesReading(Map<String, OrgNodeView> orgSchools, OneRosterLinks links,
                                    List<OrgNodeView> schoolsInRoot, OneRosterCells cells) {
        this.orgSchools = orgSchools;
        this.links = links;
        this.schoolsInRoot = schoolsInRoot;
        this.cells = cells;
        this.problems = cells.problems();
        this.warnings = cells.warnings();
    }

    /** What was read, as it stays. */
    TermsAndClasses result() {
        List<ImportProblem> dropped = new java.util.ArrayList<>();
        drops.report(dropped);
        return new TermsAndClasses(terms, classes, otherSchools, classesNamed, rows, dropped);
    }

    void session(Row row) {
        rows++;
        String type = row.get("type");
        if (!type.equals("term") && !type.equals("semester")) {
            return;
        }
        String sourcedId = row.get("sourcedId");
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // Terms are never removed (classes and history hang on them); one EduCloud never knew is passed over.
            if (links.term(sourcedId).isEmpty()) {
                cells.unknownDeleted(row, "sourcedId");
            }
            return;
        }
        String endYear = row.get("schoolYear");
        if (!endYear.matches("\\d{4}")) {
            problems.add(row.problem("schoolYear", "roster.oneroster.error.schoolYear"));
            return;
        }
        String schoolYear = (Integer.parseInt(endYear) - 1) + "-" + endYear;
        String title = row.get("title");
        String name = title.startsWith(schoolYear) ? title.substring(schoolYear.length()).strip() : title;
        if (name.isEmpty() || name.length() > 40) {
            problems.add(row.problem("title", "roster.oneroster.error.title", "40"));
            return;
        }
        LocalDate start = cells.date(row, "startDate", true);
        LocalDate end = cells.date(row, "endDate", true);
        if (start == null || end == null) {
            return;
        }
        // OneRoster end dates are exclusive; EduCloud keeps the last day.
        LocalDate last = end.minusDays(1);
        if (!last.isAfter(start)) {
            problems.add(row.problem("endDate", "roster.oneroster.error.endBeforeStart"));
            return;
        }
        // schoolYear is the year the school year ends; a term starting in August or later belongs to the next one.
        int expected = start.getMonthValue() >= 8 ? start.getYear() + 1 : start.getYear();
        if (Integer.parseInt(endYear) != expected) {
            problems.add(row.problem("schoolYear", "roster.oneroster.error.schoolYearDates", start.toString(),
                    (expected - 1) + "-" + expected, String.valueOf(expected)));
            return;
        }
        if (links.term(sourcedId).isEmpty()) {
            // Two sessions of one title in one school year would be one 学期: the same dates are the same term,
            // other dates keep their own term under a name that tells them apart.
            TermRow first = termByName.get(schoolYear + "|" + name);
            if (first != null && first.startsOn().equals(start) && first.endsOn().equals(last)) {
                warnings.add(row.problem("title", "roster.oneroster.warning.sameSession", first.sourcedId()));
            } else if (first != null) {
                String distinct = name + "（" + start + "）";
                if (distinct.length() > 40 || termByName.containsKey(schoolYear + "|" + distinct)) {
                    problems.add(row.problem("title", "roster.oneroster.error.sameTitle", first.sourcedId()));
                    return;
                }
                warnings.add(row.problem("title", "roster.oneroster.warning.sessionRenamed", first.sourcedId(),
                        distinct));
                name = distinct;
            }
            termByName.putIfAbsent(schoolYear + "|" + name, new TermRow(sourcedId, schoolYear, name, start, last,
                    false));
        }
        terms.put(sourcedId, new TermRow(sourcedId, schoolYear, name, start, last, deleted));
    }

    void schoolClass(Row row) {
        rows++;
        String sourcedId = row.get("sourcedId");
        classesNamed.add(sourcedId);
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // A class to be deleted needs no valid fields: only whether EduCloud knows it matters.
            if (links.schoolClass(sourcedId).isPresent()) {
                classes.put(sourcedId, new ClassRow(sourcedId, row.get("schoolSourcedId"), "", 0, "",
                        ClassKind.HOMEROOM, "", true));
            } else {
                cells.unknownDeleted(row, "sourcedId");
            }
            return;
        }
        OrgNodeView school = school(row, "schoolSourcedId");
        String[] termIds = row.get("termSourcedIds").split(",");
        String termId = termIds[0].strip();
        if (termIds.length > 1) {
            // A class belongs to one 学期 here; a class the source runs over several terms keeps the first.
            drops.dropped(row, "termSourcedIds");
        }
        if (!terms.containsKey(termId) && links.term(termId).isEmpty()) {
            problems.add(row.problem("termSourcedIds", "roster.oneroster.error.unknownTerm"));
        }
        int grade = grade(row.get("grades"));
        if (grade == 0) {
            problems.add(row.problem("grades", "roster.oneroster.error.grade"));
        }
        String title = cells.text(row, "title", 40, true);
        String classType = row.get("classType");
        if (!classType.equals("homeroom") && !classType.equals("scheduled")) {
            problems.add(row.problem("classType", "roster.import.error.choice", "homeroom, scheduled"));
        }
        String[] subjects = row.get("subjects").split(",");
        String subject = subjects[0].strip();
        if (subject.length() > 24) {
            subject = subject.substring(0, 24);
        }
        // What the model cannot hold is counted and reported once per column, not refused.
        if (subjects.length > 1) {
            drops.dropped(row, "subjects");
        }
        for (String column : List.of("location", "periods", "subjectCodes")) {
            if (!row.get(column).isEmpty()) {
                drops.dropped(row, column);
            }
        }
        String classCode = row.get("classCode");
        if (!classCode.isEmpty() && !sourcedId.equals(OneRosterObject.CLASS.prefix() + classCode)) {
            drops.dropped(row, "classCode");
        }
        if (school != null) {
            classes.put(sourcedId, new ClassRow(sourcedId, row.get("schoolSourcedId"), termId, grade, title,
                    classType.equals("homeroom") ? ClassKind.HOMEROOM : ClassKind.TEACHING, subject, deleted));
        }
    }

    private @Nullable OrgNodeView school(Row row, String column) {
        String sourcedId = row.get(column);
        OrgNodeView school = orgSchools.get(sourcedId);
        if (school != null) {
            return school;
        }
        school = schoolsInRoot.stream().filter(s -> sourcedId.equals(OneRosterObject.ORG.prefix() + s.id())).findFirst().orElse(null);
        if (school == null) {
            problems.add(row.problem(column, "roster.oneroster.error.unknownOrg"));
        } else {
            otherSchools.putIfAbsent(sourcedId, school);
        }
        return school;
    }

    private static int grade(String grades) {
        String first = grades.split(",")[0].strip();
        try {
            int grade = Integer.parseInt(first);
            return grade >= 1 && grade <= 12 ? grade : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

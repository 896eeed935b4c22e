package org.educloud.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.educloud.roster.OneRosterFileSet.Row;
import org.educloud.roster.OneRosterSet.ClassRow;
import org.educloud.roster.OneRosterSet.PersonKind;
import org.educloud.roster.OneRosterSet.PersonRow;
import org.educloud.roster.OneRosterSet.TermRow;
import org.educloud.shared.Masking;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over a OneRoster set: reads every file the manifest names, checks each row against the binding
 * and against what EduCloud needs (a national student number for students, a staff number for staff, sex and
 * birth date from demographics.csv, schools that exist under the import root), and collects every problem.
 * Nothing is written.
 */
final class OneRosterReading {

    /** What roster.student/staff/guardian.email holds (V400_15). */
    static final int MAX_EMAIL = 255;
    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Z]\\d{17}[\\dX]");
    private static final Set<String> STAFF_ROLES = Set.of("teacher", "aide", "administrator", "principal",
            "siteAdministrator", "districtAdministrator", "systemAdministrator", "counselor", "proctor");
    private static final Set<String> GUARDIAN_ROLES = Set.of("parent", "guardian", "relative");

    private record Demographics(@Nullable LocalDate birthDate, @Nullable Gender gender) {
    }

    /** A user's role at an org, and where it was found (roles.csv, or users.csv in a 1.1 set). */
    private record PrimaryRole(String role, String orgSourcedId, String file, long row) {
    }

    /** Roles EduCloud keeps as staff who teach (专任教师) unless a metadata column says otherwise. */
    private static final Set<String> TEACHING_ROLES = Set.of("teacher");

    private final OneRosterFileSet files;
    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterLinks links;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private final OneRosterSet set = new OneRosterSet();
    /**
     * Every class and user sourcedId the files define, taken or not: an enrolment naming one that was refused or
     * passed over is not reported again (its own row says why).
     */
    private final Set<String> classesNamed = new java.util.HashSet<>();
    private final Set<String> usersNamed = new java.util.HashSet<>();
    /** Terms by school year and name, to tell equal titles apart (the first sourcedId that took the name). */
    private final Map<String, TermRow> termByName = new HashMap<>();
    private final OneRosterDrops drops = new OneRosterDrops();
    /** Orgs of the files that are not schools (district, local, state, department): staff there work at a bureau. */
    private final Set<String> bureaus = new java.util.HashSet<>();

    OneRosterReading(OneRosterFileSet files, List<OrgNodeView> schoolsInRoot, OneRosterLinks links,
                     List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.files = files;
        this.schoolsInRoot = schoolsInRoot;
        this.links = links;
        this.problems = problems;
        this.warnings = warnings;
    }

    OneRosterSet read(ImportRunRecorder recorder) throws OneRosterFileSet.Refused {
        if (files.present("orgs")) {
            files.read("orgs", this::org);
        }
        if (files.present("academicSessions")) {
            files.read("academicSessions", this::session);
        }
        if (files.present("courses")) {
            files.read("courses", row -> set.rows++);
        }
        if (files.present("classes")) {
            files.read("classes", this::schoolClass);
        }
        Map<String, Demographics> demographics = new HashMap<>();
        if (files.present("demographics")) {
            files.read("demographics", row -> {
                set.rows++;
                demographics.put(row.get("sourcedId"), new Demographics(date(row, "birthDate", false), sex(row)));
            });
        }
        Map<String, PrimaryRole> roles = new HashMap<>();
        Map<String, PrimaryRole> schoolRoles = new HashMap<>();
        if (files.present("roles")) {
            files.read("roles", row -> {
                set.rows++;
                if ("tobedeleted".equals(row.get("status"))) {
                    return;
                }
                String user = row.get("userSourcedId");
                PrimaryRole role = new PrimaryRole(row.get("role"), row.get("orgSourcedId"), row.file(), row.number());
                if ("primary".equals(row.get("roleType")) || !roles.containsKey(user)) {
                    roles.put(user, role);
                }
                // Staff whose primary role is at a bureau may still work at a school: that role places them.
                if (isSchool(role.orgSourcedId())) {
                    schoolRoles.putIfAbsent(user, role);
                }
            });
        }
        if (files.present("users")) {
            Map<String, Long> rowOfIdentifier = new HashMap<>();
            files.read("users", row -> user(row, roles, schoolRoles, demographics, rowOfIdentifier));
        }
        if (files.present("enrollments")) {
            files.read("enrollments", row -> {
                if (++set.enrollments % 10_000 == 0) {
                    recorder.progress(set.rows + set.enrollments);
                }
                if (problems.size() < ImportRunRecorder.MAX_PROBLEMS) {
                    enrollment(row);
                }
            });
            set.rows += set.enrollments;
        }
        drops.report(warnings);
        return set;
    }

    private boolean isSchool(String orgSourcedId) {
        return set.schools.containsKey(orgSourcedId)
                || schoolsInRoot.stream().anyMatch(s -> orgSourcedId.equals("org-" + s.id()));
    }

    /** A {@code tobedeleted} row naming something EduCloud never knew: nothing to delete, so it is passed over. */
    private void unknownDeleted(Row row, String column) {
        warnings.add(ImportProblem.at(row.number(), row.file() + ": " + column, row.get(column),
                "roster.oneroster.warning.unknownDeleted"));
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
                .filter(s -> identifier.equals(s.schoolCode()) || sourcedId.equals("org-" + s.id()))
                .findFirst().orElse(null);
        if (school == null) {
            problems.add(row.problem("identifier", "roster.oneroster.error.unknownSchool"));
        } else {
            set.schools.put(sourcedId, school);
        }
    }

    private @Nullable OrgNodeView school(Row row, String column) {
        String sourcedId = row.get(column);
        OrgNodeView school = set.schools.get(sourcedId);
        if (school == null) {
            school = schoolsInRoot.stream().filter(s -> sourcedId.equals("org-" + s.id())).findFirst().orElse(null);
        }
        if (school == null) {
            problems.add(row.problem(column, "roster.oneroster.error.unknownOrg"));
        } else {
            set.schools.putIfAbsent(sourcedId, school);
        }
        return school;
    }

    private void session(Row row) {
        set.rows++;
        String type = row.get("type");
        if (!type.equals("term") && !type.equals("semester")) {
            return;
        }
        String sourcedId = row.get("sourcedId");
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // Terms are never removed (classes and history hang on them); one EduCloud never knew is passed over.
            if (links.term(sourcedId).isEmpty()) {
                unknownDeleted(row, "sourcedId");
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
        LocalDate start = date(row, "startDate", true);
        LocalDate end = date(row, "endDate", true);
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
        set.terms.put(sourcedId, new TermRow(sourcedId, schoolYear, name, start, last, deleted));
    }

    private void schoolClass(Row row) {
        set.rows++;
        String sourcedId = row.get("sourcedId");
        classesNamed.add(sourcedId);
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // A class to be deleted needs no valid fields: only whether EduCloud knows it matters.
            if (links.schoolClass(sourcedId).isPresent()) {
                set.classes.put(sourcedId, new ClassRow(sourcedId, row.get("schoolSourcedId"), "", 0, "",
                        ClassKind.HOMEROOM, "", true));
            } else {
                unknownDeleted(row, "sourcedId");
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
        if (!set.terms.containsKey(termId) && links.term(termId).isEmpty()) {
            problems.add(row.problem("termSourcedIds", "roster.oneroster.error.unknownTerm"));
        }
        int grade = grade(row.get("grades"));
        if (grade == 0) {
            problems.add(row.problem("grades", "roster.oneroster.error.grade"));
        }
        String title = text(row, "title", 40, true);
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
        if (!classCode.isEmpty() && !sourcedId.equals("class-" + classCode)) {
            drops.dropped(row, "classCode");
        }
        if (school != null) {
            set.classes.put(sourcedId, new ClassRow(sourcedId, row.get("schoolSourcedId"), termId, grade, title,
                    classType.equals("homeroom") ? ClassKind.HOMEROOM : ClassKind.TEACHING, subject, deleted));
        }
    }

    private void user(Row row, Map<String, PrimaryRole> roles, Map<String, PrimaryRole> schoolRoles,
                      Map<String, Demographics> demographics, Map<String, Long> rowOfIdentifier) {
        set.rows++;
        String sourcedId = row.get("sourcedId");
        usersNamed.add(sourcedId);
        if (problems.size() >= ImportRunRecorder.MAX_PROBLEMS) {
            return;
        }
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // A delta may delete a user without repeating their roles: what they were is known from before.
            links.person(sourcedId).ifPresentOrElse(local -> set.people.put(sourcedId, new PersonRow(row.number(),
                    sourcedId, local.kind() == 'S' ? PersonKind.STUDENT : local.kind() == 'F' ? PersonKind.STAFF
                            : PersonKind.GUARDIAN, "", "", "", "", null, null, null, List.of(), null, null, true)),
                    () -> unknownDeleted(row, "sourcedId"));
            return;
        }
        PrimaryRole role = roles.get(sourcedId);
        if (role == null && files.version11() && !row.get("role").isEmpty()) {
            // OneRoster 1.1: the role is the user's own column, the orgs a list (a school among them places them).
            List<String> orgs = Arrays.stream(row.get("orgSourcedIds").split(",")).map(String::strip)
                    .filter(o -> !o.isEmpty()).toList();
            String org = orgs.stream().filter(this::isSchool).findFirst().orElse(orgs.isEmpty() ? "" : orgs.getFirst());
            role = new PrimaryRole(row.get("role"), org, row.file(), row.number());
        }
        if (role == null) {
            problems.add(row.problem("sourcedId", "roster.oneroster.error.noRole"));
            return;
        }
        PersonKind kind = role.role().equals("student") ? PersonKind.STUDENT
                : STAFF_ROLES.contains(role.role()) ? PersonKind.STAFF
                : GUARDIAN_ROLES.contains(role.role()) ? PersonKind.GUARDIAN : null;
        if (kind == null) {
            problems.add(row.problem("sourcedId", "roster.oneroster.error.role", role.role()));
            return;
        }
        List<String> agents = Arrays.stream(row.get("agentSourcedIds").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (kind == PersonKind.STAFF && bureaus.contains(role.orgSourcedId())) {
            PrimaryRole atSchool = schoolRoles.get(sourcedId);
            if (atSchool == null) {
                // Bureau staff (a district administrator, ...) are not in a school's roster: passed over, said where.
                warnings.add(ImportProblem.at(role.row(), role.file() + ": "
                                + (role.file().equals("roles.csv") ? "orgSourcedId" : "orgSourcedIds"),
                        role.orgSourcedId(), "roster.oneroster.warning.bureauStaff", sourcedId));
                return;
            }
            role = new PrimaryRole(atSchool.role(), atSchool.orgSourcedId(), atSchool.file(), atSchool.row());
        }
        String schoolId = kind == PersonKind.GUARDIAN ? "" : role.orgSourcedId();
        if (kind != PersonKind.GUARDIAN) {
            OrgNodeView school = set.schools.get(schoolId);
            if (school == null && schoolsInRoot.stream().noneMatch(s -> schoolId.equals("org-" + s.id()))) {
                problems.add(ImportProblem.at(role.row(), role.file() + ": "
                                + (role.file().equals("roles.csv") ? "orgSourcedId" : "orgSourcedIds"), schoolId,
                        "roster.oneroster.error.unknownOrg"));
                return;
            }
            schoolsInRoot.stream().filter(s -> schoolId.equals("org-" + s.id())).findFirst()
                    .ifPresent(s -> set.schools.putIfAbsent(schoolId, s));
        }
        String identifier = row.get("identifier");
        if (kind != PersonKind.GUARDIAN && identifier.contains("*")) {
            // EduCloud's own export masks identifiers unless asked for in full: such a file cannot name people.
            problems.add(row.problem("identifier", "roster.oneroster.error.maskedIdentifier"));
        } else if (kind == PersonKind.STUDENT && identifier.isEmpty()) {
            // Systems abroad do not keep a 全国学籍号: the student comes in without one, found again by sourcedId.
            warnings.add(row.problem("identifier", "roster.oneroster.warning.noStudentNumber"));
        } else if (kind == PersonKind.STUDENT && !STUDENT_NUMBER.matcher(identifier).matches()) {
            problems.add(row.problem("identifier", "roster.oneroster.error.studentNumber"));
        } else if (kind == PersonKind.STAFF && (identifier.isEmpty() || identifier.length() > 32)) {
            problems.add(row.problem("identifier", "roster.oneroster.error.staffNumber"));
        }
        if (kind != PersonKind.GUARDIAN && !identifier.isEmpty()) {
            // Student numbers are unique in the installation, staff numbers within a school.
            String key = kind == PersonKind.STUDENT ? "S" + identifier : "F" + schoolId + "|" + identifier;
            Long earlier = rowOfIdentifier.putIfAbsent(key, row.number());
            if (earlier != null) {
                problems.add(row.problem("identifier", "roster.oneroster.error.duplicate", String.valueOf(earlier)));
            }
        }
        String name = PersonName.display(row.get("givenName"), row.get("familyName"));
        if (name.isEmpty() || name.length() > 50) {
            problems.add(row.problem("givenName", "roster.oneroster.error.name"));
        } else if (unsafe(name)) {
            problems.add(row.problem("givenName", "roster.import.error.formula"));
        }
        Demographics demographic = demographics.get(sourcedId);
        Gender gender = demographic == null ? null : demographic.gender();
        LocalDate birthDate = demographic == null ? null : demographic.birthDate();
        // Sex and birth date may be missing for people EduCloud already has (a delta without demographics.csv);
        // the check against the database asks for them only for new people.
        String phone = row.get("phone");
        if (!phone.isEmpty() && !phone.matches("1\\d{10}")) {
            // Phones sign people in by SMS, which needs a mainland mobile number; another one is only left out.
            warnings.add(row.problem("phone", "roster.oneroster.warning.phoneDropped"));
            phone = "";
        }
        Qualification qualification = choice(row, "metadata.educloud.qualification", Qualification.class);
        ProfessionalTitle title = choice(row, "metadata.educloud.title", ProfessionalTitle.class);
        if (kind == PersonKind.STAFF) {
            staffAttributes(row, sourcedId, role.role());
        }
        set.people.put(sourcedId, new PersonRow(row.number(), sourcedId, kind, role.role(), schoolId, identifier, name, gender, birthDate,
                phone.isEmpty() ? null : phone, agents, qualification, title, false));
        set.sourcePeople.put(sourcedId, PersonName.source(row.get("givenName"), row.get("familyName"),
                email(row), row.get("username"), row.get("userIds")));
    }

    /**
     * The email to keep, or "" for none. One that carries a phone or ID number ({@code 13812345678@139.com}) would
     * show that number to every roster client and in the masked export, so it is never kept; one longer than the
     * column holds is not kept either. Both are said, with the number in the note masked.
     */
    private String email(Row row) {
        String email = row.get("email");
        if (Masking.embedsPersonalNumber(email)) {
            warnings.add(ImportProblem.at(row.number(), row.file() + ": email", Masking.personalNumbers(email),
                    "roster.oneroster.warning.emailPersonalNumber"));
            return "";
        }
        if (email.length() > MAX_EMAIL) {
            warnings.add(ImportProblem.at(row.number(), row.file() + ": email", email.substring(0, 40) + "…",
                    "roster.oneroster.warning.emailTooLong", String.valueOf(MAX_EMAIL)));
            return "";
        }
        return email;
    }

    private void enrollment(Row row) {
        boolean deleted = "tobedeleted".equals(row.get("status"));
        String classId = row.get("classSourcedId");
        String userId = row.get("userSourcedId");
        PersonRow person = set.people.get(userId);
        Character kind = person != null ? Character.valueOf(OneRosterLinks.code(person.kind()))
                : links.person(userId).map(OneRosterLinks.Local::kind).orElse(null);
        OneRosterSet.ClassRow named = set.classes.get(classId);
        boolean classKnown = named != null && !named.deleted() || links.schoolClass(classId).isPresent();
        if (deleted && (!classKnown || kind == null)) {
            // Ending a membership EduCloud never had changes nothing; a class or user the files passed over
            // already said so.
            if (!classesNamed.contains(classId) && !usersNamed.contains(userId)) {
                unknownDeleted(row, classKnown ? "userSourcedId" : "classSourcedId");
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
        OneRosterSet.ClassRow schoolClass = set.classes.get(classId);
        if (person != null && schoolClass != null && person.kind() != PersonKind.GUARDIAN
                && !person.schoolSourcedId().isEmpty()
                && set.schools.get(person.schoolSourcedId()) != set.schools.get(schoolClass.schoolSourcedId())) {
            problems.add(row.problem("classSourcedId", "roster.oneroster.error.otherSchoolClass"));
        }
        if (kind == null) {
            problems.add(row.problem("userSourcedId", "roster.oneroster.error.unknownUser"));
        } else if (role.equals("student") ? kind != 'S' : kind != 'F') {
            problems.add(row.problem("role", "roster.oneroster.error.enrollmentRole", role));
        }
        if (!deleted) {
            date(row, "beginDate", false);
            date(row, "endDate", false);
        }
    }

    /**
     * What the equity indicators count of a staff member (专任教师, 骨干教师, PE and arts specialists): from the
     * {@code metadata.educloud.*} columns when given, else only what the role tells (an aide, administrator,
     * proctor or counselor does not teach full-time); left out, an existing member keeps what EduCloud has.
     */
    private void staffAttributes(Row row, String sourcedId, String role) {
        String fullTime = row.get("metadata.educloud.fullTimeTeacher").toLowerCase(Locale.ROOT);
        Boolean teaches = switch (fullTime) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "" -> TEACHING_ROLES.contains(role) ? null : Boolean.FALSE;
            default -> {
                problems.add(row.problem("metadata.educloud.fullTimeTeacher", "roster.import.error.choice",
                        "true, false"));
                yield null;
            }
        };
        BackboneLevel backbone = choice(row, "metadata.educloud.backboneLevel", BackboneLevel.class);
        Specialist specialist = choice(row, "metadata.educloud.specialist", Specialist.class);
        set.staffAttributes.put(sourcedId, new OneRosterSet.StaffAttributes(teaches, backbone, specialist));
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

    private @Nullable LocalDate date(Row row, String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(row.problem(column, "roster.import.error.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "roster.oneroster.error.date"));
            return null;
        }
    }

    private @Nullable Gender sex(Row row) {
        return switch (row.get("sex")) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> null;
        };
    }

    private <E extends Enum<E>> @Nullable E choice(Row row, String column, Class<E> type) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(column, "roster.import.error.choice",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private String text(Row row, String column, int max, boolean required) {
        String value = row.get(column);
        if (required && value.isEmpty()) {
            problems.add(row.problem(column, "roster.import.error.required"));
        } else if (value.length() > max) {
            problems.add(row.problem(column, "roster.import.error.tooLong", String.valueOf(max)));
        } else if (unsafe(value)) {
            problems.add(row.problem(column, "roster.import.error.formula"));
        }
        return value;
    }

    /** Formula starts, markup and control characters: what the roster's own imports refuse too. */
    private static boolean unsafe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 || value.indexOf('<') >= 0
                || value.indexOf('>') >= 0 || value.chars().anyMatch(Character::isISOControl);
    }
}

package org.educloud.roster.oneroster.csv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.Gender;
import org.educloud.roster.imports.ImportRunRecorder;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Specialist;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.shared.Masking;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * Reads demographics.csv, roles.csv and users.csv of a OneRoster set into students, staff and guardians, with what
 * EduCloud needs of each (a national student number, a staff number, a school under the import root); people stand
 * apart from terms and classes because their checks (roles, bureaus, identifiers, personal data) are their own.
 * It keeps what it reads to itself and hands it on as {@link People}.
 */
final class OneRosterPeopleReading {

    /**
     * What demographics.csv, roles.csv and users.csv said, as it stays: people by sourcedId in the file's order, what
     * the files say of staff and beyond EduCloud's model, the schools people named that orgs.csv did not (by the
     * sourcedId EduCloud's export gives them), every user sourcedId the file defines (taken or not), the rows read.
     */
    record People(Map<String, PersonRow> people, Map<String, OneRosterRead.StaffAttributes> staffAttributes,
                  Map<String, OneRosterRead.SourcePerson> sourcePeople, Map<String, OrgNodeView> schools,
                  Set<String> usersNamed, int rows) {

        People {
            people = OneRosterRead.frozen(people);
            staffAttributes = OneRosterRead.frozen(staffAttributes);
            sourcePeople = OneRosterRead.frozen(sourcePeople);
            schools = OneRosterRead.frozen(schools);
            usersNamed = Set.copyOf(usersNamed);
        }
    }

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
    /** The schools orgs.csv named, read before. */
    private final Map<String, OrgNodeView> orgSchools;
    /** Problems the readers before this one found: the run stops looking at users once there are enough. */
    private final int problemsBefore;
    private final OneRosterLinks links;
    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterCells cells;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    /** Orgs of the files that are not schools (district, local, state, department): staff there work at a bureau. */
    private final Set<String> bureaus;
    /**
     * Every user sourcedId the files define, taken or not: an enrolment naming one that was refused or passed
     * over is not reported again (its own row says why).
     */
    private final Set<String> usersNamed = new HashSet<>();
    private final Map<String, Demographics> demographics = new HashMap<>();
    private final Map<String, PrimaryRole> roles = new HashMap<>();
    private final Map<String, PrimaryRole> schoolRoles = new HashMap<>();
    private final Map<String, Long> rowOfIdentifier = new HashMap<>();
    private final Map<String, PersonRow> people = new LinkedHashMap<>();
    /** Staff by sourcedId; kept beside {@link PersonRow} since only staff have them. */
    private final Map<String, OneRosterRead.StaffAttributes> staffAttributes = new HashMap<>();
    private final Map<String, OneRosterRead.SourcePerson> sourcePeople = new HashMap<>();
    /** Schools named by people, not by orgs.csv, in the order first named. */
    private final Map<String, OrgNodeView> otherSchools = new LinkedHashMap<>();
    private int rows;

    OneRosterPeopleReading(OneRosterFileSet files, OneRosterOrgsReading.Orgs orgs, int problemsBefore,
                           OneRosterLinks links, List<OrgNodeView> schoolsInRoot, OneRosterCells cells) {
        this.files = files;
        this.orgSchools = orgs.schools();
        this.bureaus = orgs.bureaus();
        this.problemsBefore = problemsBefore;
        this.links = links;
        this.schoolsInRoot = schoolsInRoot;
        this.cells = cells;
        this.problems = cells.problems();
        this.warnings = cells.warnings();
    }

    /** What was read, as it stays. */
    People result() {
        return new People(people, staffAttributes, sourcePeople, otherSchools, usersNamed, rows);
    }

    void demographic(Row row) {
        rows++;
        demographics.put(row.get("sourcedId"), new Demographics(cells.date(row, "birthDate", false), cells.sex(row)));
    }

    void role(Row row) {
        rows++;
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
    }

    private boolean isSchool(String orgSourcedId) {
        return orgSchools.containsKey(orgSourcedId)
                || schoolsInRoot.stream().anyMatch(s -> orgSourcedId.equals(OneRosterObject.ORG.prefix() + s.id()));
    }

    void user(Row row) {
        rows++;
        String sourcedId = row.get("sourcedId");
        usersNamed.add(sourcedId);
        if (problemsBefore + problems.size() >= ImportRunRecorder.MAX_PROBLEMS) {
            return;
        }
        boolean deleted = "tobedeleted".equals(row.get("status"));
        if (deleted) {
            // A delta may delete a user without repeating their roles: what they were is known from before.
            links.person(sourcedId).ifPresentOrElse(local -> people.put(sourcedId, new PersonRow(row.number(),
                    sourcedId, local.is(OneRosterObject.STUDENT) ? PersonKind.STUDENT
                            : local.is(OneRosterObject.STAFF) ? PersonKind.STAFF
                            : PersonKind.GUARDIAN, "", "", "", "", null, null, null, List.of(), null, null, true)),
                    () -> cells.unknownDeleted(row, "sourcedId"));
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
            OrgNodeView school = orgSchools.get(schoolId);
            if (school == null && schoolsInRoot.stream().noneMatch(s -> schoolId.equals(OneRosterObject.ORG.prefix() + s.id()))) {
                problems.add(ImportProblem.at(role.row(), role.file() + ": "
                                + (role.file().equals("roles.csv") ? "orgSourcedId" : "orgSourcedIds"), schoolId,
                        "roster.oneroster.error.unknownOrg"));
                return;
            }
            schoolsInRoot.stream().filter(s -> schoolId.equals(OneRosterObject.ORG.prefix() + s.id())).findFirst()
                    .ifPresent(s -> otherSchools.putIfAbsent(schoolId, s));
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
        } else if (OneRosterCells.unsafe(name)) {
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
        Qualification qualification = cells.choice(row, "metadata.educloud.qualification", Qualification.class);
        ProfessionalTitle title = cells.choice(row, "metadata.educloud.title", ProfessionalTitle.class);
        if (kind == PersonKind.STAFF) {
            staffAttributes(row, sourcedId, role.role());
        }
        people.put(sourcedId, new PersonRow(row.number(), sourcedId, kind, role.role(), schoolId, identifier, name, gender, birthDate,
                phone.isEmpty() ? null : phone, agents, qualification, title, false));
        sourcePeople.put(sourcedId, PersonName.source(row.get("givenName"), row.get("familyName"),
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
        BackboneLevel backbone = cells.choice(row, "metadata.educloud.backboneLevel", BackboneLevel.class);
        Specialist specialist = cells.choice(row, "metadata.educloud.specialist", Specialist.class);
        staffAttributes.put(sourcedId, new OneRosterRead.StaffAttributes(teaches, backbone, specialist));
    }
}

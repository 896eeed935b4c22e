package org.educloud.roster;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Masking;
import org.educloud.shared.OrgId;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * Writes the roster below one org node as a OneRoster 1.2 CSV bulk file set (a zip): manifest, orgs, academic
 * sessions, courses, classes, users, roles, enrollments and demographics, with the binding's exact headers and
 * column order. In bulk mode status and dateLastModified stay blank; end dates are exclusive, so EduCloud's
 * inclusive end dates gain a day. The mapping of Chinese fields is documented in docs/oneroster-mapping.md.
 */
@Component
class OneRosterCsvExport {

    static final List<String> FILES = List.of("academicSessions", "categories", "classes", "classResources", "courses",
            "courseResources", "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems",
            "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results", "resultScoreScales",
            "roles", "scoreScales", "userProfiles", "userResources", "users");
    private static final List<String> WRITTEN = List.of("academicSessions", "classes", "courses", "demographics",
            "enrollments", "orgs", "roles", "users");

    private final TenancyManagement tenancy;
    private final StudentRepository students;
    private final StaffRepository staff;
    private final SchoolClassRepository classes;
    private final TermRepository terms;
    private final EnrolmentRepository enrolments;
    private final TeachingAssignmentRepository teaching;
    private final GuardianshipRepository guardianships;
    private final GuardianRepository guardians;
    private final IdentityManagement identity;
    private final OneRosterSourceExport sources;

    OneRosterCsvExport(TenancyManagement tenancy, StudentRepository students, StaffRepository staff,
                       SchoolClassRepository classes, TermRepository terms, EnrolmentRepository enrolments,
                       TeachingAssignmentRepository teaching, GuardianshipRepository guardianships,
                       GuardianRepository guardians, IdentityManagement identity, OneRosterSourceExport sources) {
        this.sources = sources;
        this.tenancy = tenancy;
        this.students = students;
        this.staff = staff;
        this.classes = classes;
        this.terms = terms;
        this.enrolments = enrolments;
        this.teaching = teaching;
        this.guardianships = guardianships;
        this.guardians = guardians;
        this.identity = identity;
    }

    /**
     * Returns the number of users written. Student numbers (全国学籍号, "G" and the ID number) and staff numbers that
     * carry a phone or ID number are masked unless {@code fullIdentifiers}: the set then cannot update students
     * elsewhere by their number, which is what the full one is for.
     */
    int write(OrgNodeView root, boolean fullIdentifiers, OutputStream out) throws IOException {
        String pattern = root.path().likePattern();
        List<OrgNodeView> orgs = new ArrayList<>(tenancy.lineage(root.id()));
        orgs.removeLast();
        orgs.add(root);
        if (root.kind() != OrgKind.SCHOOL) {
            orgs.addAll(tenancy.schoolsUnder(root.path()));
            orgs.addAll(districtsUnder(root));
        }
        // Imported objects keep the source's sourcedIds, name parts, email and userIds (see OneRosterSourceFacts).
        OneRosterSourceExport.Kept kept = sources.under(root.path());
        // A bulk set lists what is active: removed people and classes (tobedeleted on REST) are left out, so the
        // set imported back does not bring them back.
        List<SchoolClass> classList = new ArrayList<>(classes.allUnder(pattern));
        classList.removeIf(c -> kept.removed('C', c.id()));
        Map<Long, TermView> termById = new LinkedHashMap<>();
        terms.findAllById(classList.stream().map(SchoolClass::termId).distinct().toList())
                .forEach(t -> termById.put(t.id(), t.view()));
        List<Student> studentList = new ArrayList<>(students.allUnder(pattern));
        studentList.removeIf(s -> kept.removed('S', s.id()));
        List<Staff> staffList = new ArrayList<>(staff.allUnder(pattern));
        staffList.removeIf(s -> kept.removed('F', s.id()));
        java.util.Set<Long> staffIds = new java.util.HashSet<>();
        staffList.forEach(s -> staffIds.add(s.id()));
        List<Guardianship> links = new ArrayList<>(guardianships.allUnder(pattern));
        links.removeIf(l -> kept.removed('S', l.studentId()) || kept.removed('G', l.guardianId()));
        // the same roster always gives the same files, whatever order the database answers in
        links.sort(Comparator.comparing(Guardianship::guardianId).thenComparing(Guardianship::studentId));
        Map<Long, Guardian> guardianById = new TreeMap<>();
        guardians.findAllById(links.stream().map(Guardianship::guardianId).distinct().toList())
                .forEach(g -> guardianById.put(g.id(), g));
        List<UserId> accountIds = new ArrayList<>();
        studentList.forEach(s -> { if (s.accountId() != null) { accountIds.add(s.accountId()); } });
        staffList.forEach(s -> { if (s.accountId() != null) { accountIds.add(s.accountId()); } });
        guardianById.values().forEach(g -> { if (g.accountId() != null) { accountIds.add(g.accountId()); } });
        Map<UserId, String> usernames = identity.usernames(accountIds);

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        file(zip, "manifest.csv", List.of("propertyName", "value"), csv -> {
            csv.writeRecord("manifest.version", "1.0");
            csv.writeRecord("oneroster.version", "1.2");
            for (String file : FILES) {
                csv.writeRecord("file." + file, WRITTEN.contains(file) ? "bulk" : "absent");
            }
            csv.writeRecord("source.systemName", "EduCloud");
            csv.writeRecord("source.systemCode", root.schoolCode() != null ? root.schoolCode() : "org-" + root.id());
        });
        file(zip, "orgs.csv", List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier",
                "parentSourcedId"), csv -> orgs.forEach(o -> csv.writeRecord(org(o.id()), "", "", o.name(), orgType(o),
                o.schoolCode() != null ? o.schoolCode() : nullToEmpty(o.divisionCode()),
                o.parentId() == null ? "" : org(o.parentId()))));
        file(zip, "academicSessions.csv", List.of("sourcedId", "status", "dateLastModified", "title", "type",
                "startDate", "endDate", "parentSourcedId", "schoolYear"), csv -> sessions(termById.values(), kept, csv));
        file(zip, "courses.csv", List.of("sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title",
                "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"), csv -> {
            Map<String, SchoolClass> courses = new LinkedHashMap<>();
            classList.forEach(c -> courses.putIfAbsent(course(c, termById), c));
            courses.forEach((id, c) -> csv.writeRecord(id, "", "", schoolYear(termById.get(c.termId())),
                    PromotingSchoolYear.gradeName(c.grade()), "G" + grade(c.grade()), grade(c.grade()),
                    org(c.schoolId()), "", ""));
        });
        file(zip, "classes.csv", List.of("sourcedId", "status", "dateLastModified", "title", "grades",
                "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
                "subjectCodes", "periods"), csv -> classList.forEach(c -> csv.writeRecord(kept.id('C', c.id()), "", "",
                c.name(), grade(c.grade()), course(c, termById), classCode(kept, c.id()),
                c.kind() == ClassKind.HOMEROOM ? "homeroom" : "scheduled", "", org(c.schoolId()),
                kept.id('T', c.termId()), "", "", "")));
        Map<Long, List<String>> agentsOfStudent = new HashMap<>();
        Map<Long, List<String>> agentsOfGuardian = new HashMap<>();
        for (Guardianship link : links) {
            agentsOfStudent.computeIfAbsent(link.studentId(), k -> new ArrayList<>()).add(kept.id('G', link.guardianId()));
            agentsOfGuardian.computeIfAbsent(link.guardianId(), k -> new ArrayList<>()).add(kept.id('S', link.studentId()));
        }
        file(zip, "users.csv", List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds",
                "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds",
                "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
                "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
                "metadata.educloud.qualification", "metadata.educloud.title", "metadata.educloud.fullTimeTeacher",
                "metadata.educloud.backboneLevel", "metadata.educloud.specialist"), csv -> {
            for (Student s : studentList) {
                String number = fullIdentifiers ? s.studentNumber() : s.maskedStudentNumber();
                csv.writeRecord(user(kept, 'S', s.id(), s.status() == StudentStatus.ENROLLED,
                        usernames.get(s.accountId()), number == null ? "" : "{学籍号:" + number + "}", s.name(),
                        number == null ? "" : number, String.join(",", agentsOfStudent.getOrDefault(s.id(), List.of())),
                        org(s.schoolId()), NO_STAFF_METADATA, fullIdentifiers));
            }
            for (Staff s : staffList) {
                String number = fullIdentifiers ? s.staffNumber() : Masking.personalNumbers(s.staffNumber());
                csv.writeRecord(user(kept, 'F', s.id(), true, usernames.get(s.accountId()),
                        "{工号:" + number + "}", s.name(), number, "", org(s.schoolId()),
                        List.of(s.qualification().name(), s.title().name(), String.valueOf(s.fullTimeTeacher()),
                                s.backboneLevel().name(), s.specialist().name()), fullIdentifiers));
            }
            for (Guardian g : guardianById.values()) {
                csv.writeRecord(user(kept, 'G', g.id(), true, usernames.get(g.accountId()), "", g.name(), "",
                        String.join(",", agentsOfGuardian.getOrDefault(g.id(), List.of())), "", NO_STAFF_METADATA,
                        fullIdentifiers));
            }
        });
        Map<Long, OrgId> schoolOfStudent = new HashMap<>();
        studentList.forEach(s -> schoolOfStudent.put(s.id(), s.schoolId()));
        file(zip, "roles.csv", List.of("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role",
                "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId"), csv -> {
            studentList.forEach(s -> csv.writeRecord("role-s-" + s.id(), "", "", kept.id('S', s.id()), "primary",
                    "student", "", "", org(s.schoolId()), ""));
            staffList.forEach(s -> csv.writeRecord("role-t-" + s.id(), "", "", kept.id('F', s.id()), "primary",
                    "teacher", "", "", org(s.schoolId()), ""));
            Map<Long, Guardianship> firstLink = new LinkedHashMap<>();
            links.forEach(l -> firstLink.putIfAbsent(l.guardianId(), l));
            firstLink.forEach((guardianId, link) -> csv.writeRecord("role-g-" + guardianId, "", "",
                    kept.id('G', guardianId), "primary",
                    link.relation() == GuardianRelation.FATHER || link.relation() == GuardianRelation.MOTHER
                            ? "parent" : "guardian", "", "", org(schoolOfStudent.get(link.studentId())), ""));
        });
        Map<Long, SchoolClass> classById = new HashMap<>();
        classList.forEach(c -> classById.put(c.id(), c));
        file(zip, "enrollments.csv", List.of("sourcedId", "status", "dateLastModified", "classSourcedId",
                "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"), csv -> {
            for (Enrolment e : enrolments.allUnder(pattern)) {
                if (!schoolOfStudent.containsKey(e.studentId())) {
                    // A student who transferred out: the old class keeps the history, but the set has no such user.
                    continue;
                }
                SchoolClass c = classById.get(e.classId());
                if (c == null) {
                    continue;
                }
                csv.writeRecord(kept.id('E', e.id()), "", "", kept.id('C', e.classId()), org(c.schoolId()),
                        kept.id('S', e.studentId()), "student", "false", e.startsOn().toString(),
                        e.endsOn() == null ? "" : e.endsOn().plusDays(1).toString());
            }
            for (SchoolClass c : classList) {
                if (c.headTeacherId() != null && staffIds.contains(c.headTeacherId())) {
                    csv.writeRecord("enr-h-" + c.id(), "", "", kept.id('C', c.id()), org(c.schoolId()),
                            kept.id('F', c.headTeacherId()), "teacher", "true", "", "");
                }
            }
            for (TeachingAssignment t : teaching.allUnder(pattern)) {
                SchoolClass c = classById.get(t.classId());
                if (c != null && staffIds.contains(t.staffId()) && !Long.valueOf(t.staffId()).equals(c.headTeacherId())) {
                    csv.writeRecord("enr-t-" + t.id(), "", "", kept.id('C', t.classId()), org(c.schoolId()),
                            kept.id('F', t.staffId()), "teacher", "false", "", "");
                }
            }
        });
        file(zip, "demographics.csv", List.of("sourcedId", "status", "dateLastModified", "birthDate", "sex",
                "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander",
                "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
                "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"), csv -> {
            studentList.forEach(s -> csv.writeRecord(kept.id('S', s.id()), "", "", s.birthDate().toString(),
                    s.gender() == Gender.MALE ? "male" : "female", "", "", "", "", "", "", "", "", "", "", ""));
            staffList.forEach(s -> csv.writeRecord(kept.id('F', s.id()), "", "", "",
                    s.gender() == null ? "unspecified" : s.gender() == Gender.MALE ? "male" : "female", "", "", "", "",
                    "", "", "", "", "", "", ""));
        });
        zip.finish();
        return studentList.size() + staffList.size() + guardianById.size();
    }

    /**
     * EduCloud's own class number, for classes answered under EduCloud's id; a class kept under its source's id has
     * none to give (the source's own classCode is not kept), so re-importing the set warns about nothing.
     */
    private static String classCode(OneRosterSourceExport.Kept kept, long classId) {
        String own = String.valueOf(classId);
        return kept.id('C', classId).equals("class-" + own) ? own : "";
    }

    /**
     * EduCloud's own {type:id} entries, then the source's that say something else: a set EduCloud wrote and read back
     * carries EduCloud's entries among the source's, and they must not double on the next export.
     */
    private static String withSourceIds(String own, String source) {
        Set<String> entries = new LinkedHashSet<>();
        for (String list : List.of(own, source)) {
            for (String entry : list.split("(?<=}),")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return String.join(",", entries);
    }

    /** The metadata.educloud.* cells of a student or guardian: what they hold is staff's only. */
    private static final List<String> NO_STAFF_METADATA = List.of("", "", "", "", "");

    private static List<String> user(OneRosterSourceExport.Kept kept, char kind, long localId, boolean enabled,
                                     String username, String userIds, String name, String identifier, String agents,
                                     String primaryOrg, List<String> staffMetadata, boolean fullIdentifiers) {
        String id = kept.id(kind, localId);
        OneRosterSourceExport.Person person = kept.person(kind, localId);
        // Names an import kept in parts are written as given; a Chinese name entered as one name is surname first,
        // a one-character surname being the usual case (compound ones are rare).
        String family = person != null && person.familyName() != null ? person.familyName()
                : name.isEmpty() ? "" : name.substring(0, 1);
        String given = person != null && person.givenName() != null ? person.givenName()
                : name.length() > 1 ? name.substring(1) : name;
        String email = person == null || person.email() == null ? "" : person.email();
        // The source's own userIds may carry ID or phone numbers: only in a set with full identifiers.
        String allIds = person == null || person.userIds().isEmpty() || !fullIdentifiers ? userIds
                : withSourceIds(userIds, person.userIds());
        List<String> cells = new ArrayList<>(List.of(id, "", "", enabled ? "true" : "false",
                username == null ? id : username, allIds, given, family, "", identifier, email, "", "", agents, "", "",
                "", "", "", "", "", primaryOrg, ""));
        cells.addAll(staffMetadata);
        return cells;
    }

    private void sessions(Collection<TermView> termViews, OneRosterSourceExport.Kept kept, CsvWriter csv) {
        Map<String, List<TermView>> byYear = new LinkedHashMap<>();
        termViews.forEach(t -> byYear.computeIfAbsent(t.schoolYear(), y -> new ArrayList<>()).add(t));
        byYear.forEach((year, yearTerms) -> {
            LocalDate start = yearTerms.stream().map(TermView::startsOn).min(LocalDate::compareTo).orElseThrow();
            LocalDate end = yearTerms.stream().map(TermView::endsOn).max(LocalDate::compareTo).orElseThrow();
            csv.writeRecord("sy-" + year, "", "", year, "schoolYear", start.toString(), end.plusDays(1).toString(), "",
                    year.substring(5));
            for (TermView t : yearTerms) {
                csv.writeRecord(kept.id('T', t.id()), "", "", year + " " + t.name(), "term", t.startsOn().toString(),
                        t.endsOn().plusDays(1).toString(), "sy-" + year, year.substring(5));
            }
        });
    }

    private List<OrgNodeView> districtsUnder(OrgNodeView root) {
        if (root.kind() != OrgKind.REGION) {
            return List.of();
        }
        return tenancy.children(org.educloud.shared.Scope.installation(), root.id()).stream()
                .filter(n -> n.kind() == OrgKind.DISTRICT).toList();
    }

    private static String course(SchoolClass c, Map<Long, TermView> termById) {
        return "course-" + c.schoolId() + "-" + termById.get(c.termId()).schoolYear() + "-g" + grade(c.grade());
    }

    private static String schoolYear(TermView term) {
        return "sy-" + term.schoolYear();
    }

    private static String grade(int grade) {
        return String.format("%02d", grade);
    }

    private static String org(OrgId id) {
        return "org-" + id;
    }

    private static String orgType(OrgNodeView node) {
        return switch (node.kind()) {
            case REGION -> "local";
            case DISTRICT -> "district";
            case SCHOOL -> "school";
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void file(ZipOutputStream zip, String name, List<String> header, Consumer<CsvWriter> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStreamWriter writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(header);
        try {
            rows.accept(csv);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        zip.closeEntry();
    }

    /** Lets each CSV writer flush into the zip without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

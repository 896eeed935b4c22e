package org.educloud.roster.oneroster.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.ClassRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.EnrolmentRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.GuardianRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.LinkRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.StaffRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.StudentRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.TeachingRow;
import org.educloud.roster.oneroster.csv.OneRosterExportRows.TermRow;
import org.educloud.shared.Masking;
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
public class OneRosterCsvExport {

    static final List<String> FILES = List.of("academicSessions", "categories", "classes", "classResources", "courses",
            "courseResources", "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems",
            "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results", "resultScoreScales",
            "roles", "scoreScales", "userProfiles", "userResources", "users");
    private static final List<String> WRITTEN = List.of("academicSessions", "classes", "courses", "demographics",
            "enrollments", "orgs", "roles", "users");

    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final OneRosterExportRows rows;

    OneRosterCsvExport(TenancyManagement tenancy, IdentityManagement identity, OneRosterExportRows rows) {
        this.tenancy = tenancy;
        this.identity = identity;
        this.rows = rows;
    }

    /**
     * Returns the number of users written. Student numbers (全国学籍号, "G" and the ID number) and staff numbers that
     * carry a phone or ID number are masked unless {@code fullIdentifiers}: the set then cannot update students
     * elsewhere by their number, which is what the full one is for.
     */
    public int write(OrgNodeView root, boolean fullIdentifiers, OutputStream out) throws IOException {
        List<OrgNodeView> orgs = new ArrayList<>(tenancy.lineage(root.id()));
        orgs.removeLast();
        orgs.add(root);
        if (root.kind() != OrgKind.SCHOOL) {
            // a bulk set lists what is active: a closed school is no org a receiver (or EduCloud's own import,
            // which knows only open schools) can place anyone in
            tenancy.schoolsUnder(root.path()).stream().filter(OrgNodeView::isActive).forEach(orgs::add);
            orgs.addAll(districtsUnder(root));
        }
        // Imported objects keep the source's sourcedIds, name parts, email and userIds (see OneRosterSourceFacts).
        List<ClassRow> classList = rows.classes(root.path());
        List<TermRow> termList = rows.terms(classList.stream().map(ClassRow::termId).distinct().toList());
        List<StudentRow> studentList = rows.students(root.path());
        List<StaffRow> staffList = rows.staff(root.path());
        List<LinkRow> links = rows.links(root.path());
        Map<Long, GuardianRow> guardianById = new TreeMap<>();
        rows.guardians(links.stream().map(LinkRow::guardianId).distinct().toList())
                .forEach(g -> guardianById.put(g.id(), g));
        Map<Long, StudentRow> studentById = new HashMap<>();
        studentList.forEach(s -> studentById.put(s.id(), s));
        Map<Long, StaffRow> staffById = new HashMap<>();
        staffList.forEach(s -> staffById.put(s.id(), s));
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
            csv.writeRecord("source.systemCode", root.schoolCode() != null ? root.schoolCode() : OneRosterObject.ORG.prefix() + root.id());
        });
        file(zip, "orgs.csv", List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier",
                "parentSourcedId"), csv -> orgs.forEach(o -> csv.writeRecord(org(o.id().value()), "", "", o.name(),
                orgType(o), o.schoolCode() != null ? o.schoolCode() : nullToEmpty(o.divisionCode()),
                o.parentId() == null ? "" : org(o.parentId().value()))));
        file(zip, "academicSessions.csv", List.of("sourcedId", "status", "dateLastModified", "title", "type",
                "startDate", "endDate", "parentSourcedId", "schoolYear"), csv -> sessions(termList, csv));
        file(zip, "courses.csv", List.of("sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title",
                "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"), csv -> {
            Map<String, ClassRow> courses = new LinkedHashMap<>();
            classList.forEach(c -> courses.putIfAbsent(c.course(), c));
            courses.forEach((id, c) -> csv.writeRecord(id, "", "", c.schoolYear(), c.courseTitle(), c.courseCode(),
                    c.grade(), org(c.schoolId()), "", ""));
        });
        file(zip, "classes.csv", List.of("sourcedId", "status", "dateLastModified", "title", "grades",
                "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
                "subjectCodes", "periods"), csv -> classList.forEach(c -> csv.writeRecord(c.sourcedId(), "", "",
                c.title(), c.grade(), c.course(), c.classCode(), c.classType(), "", org(c.schoolId()),
                c.termSourcedId(), "", "", "")));
        Map<Long, List<String>> agentsOfStudent = new HashMap<>();
        Map<Long, List<String>> agentsOfGuardian = new HashMap<>();
        for (LinkRow link : links) {
            agentsOfStudent.computeIfAbsent(link.studentId(), k -> new ArrayList<>())
                    .add(guardianById.get(link.guardianId()).sourcedId());
            agentsOfGuardian.computeIfAbsent(link.guardianId(), k -> new ArrayList<>())
                    .add(studentById.get(link.studentId()).sourcedId());
        }
        file(zip, "users.csv", List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds",
                "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds",
                "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
                "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
                "metadata.educloud.qualification", "metadata.educloud.title", "metadata.educloud.fullTimeTeacher",
                "metadata.educloud.backboneLevel", "metadata.educloud.specialist"), csv -> {
            for (StudentRow s : studentList) {
                String number = fullIdentifiers || s.studentNumber() == null ? s.studentNumber()
                        : s.studentNumber().charAt(0) + Masking.idNumber(s.studentNumber().substring(1));
                csv.writeRecord(user(s.sourcedId(), s.source(), s.enabled(), usernames.get(s.accountId()),
                        number == null ? "" : "{学籍号:" + number + "}", s.name(), number == null ? "" : number,
                        String.join(",", agentsOfStudent.getOrDefault(s.id(), List.of())), org(s.schoolId()),
                        NO_STAFF_METADATA, fullIdentifiers));
            }
            for (StaffRow s : staffList) {
                String number = fullIdentifiers ? s.staffNumber() : Masking.personalNumbers(s.staffNumber());
                csv.writeRecord(user(s.sourcedId(), s.source(), true, usernames.get(s.accountId()),
                        "{工号:" + number + "}", s.name(), number, "", org(s.schoolId()), s.metadata(),
                        fullIdentifiers));
            }
            for (GuardianRow g : guardianById.values()) {
                csv.writeRecord(user(g.sourcedId(), g.source(), true, usernames.get(g.accountId()), "", g.name(), "",
                        String.join(",", agentsOfGuardian.getOrDefault(g.id(), List.of())), "", NO_STAFF_METADATA,
                        fullIdentifiers));
            }
        });
        file(zip, "roles.csv", List.of("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role",
                "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId"), csv -> {
            studentList.forEach(s -> csv.writeRecord(OneRosterObject.STUDENT_ROLE.prefix() + s.id(), "", "", s.sourcedId(), "primary",
                    "student", "", "", org(s.schoolId()), ""));
            staffList.forEach(s -> csv.writeRecord(OneRosterObject.STAFF_ROLE.prefix() + s.id(), "", "", s.sourcedId(), "primary",
                    "teacher", "", "", org(s.schoolId()), ""));
            Map<Long, LinkRow> firstLink = new LinkedHashMap<>();
            links.forEach(l -> firstLink.putIfAbsent(l.guardianId(), l));
            firstLink.forEach((guardianId, link) -> csv.writeRecord(OneRosterObject.GUARDIAN_ROLE.prefix() + guardianId, "", "",
                    guardianById.get(guardianId).sourcedId(), "primary", link.parent() ? "parent" : "guardian", "",
                    "", org(studentById.get(link.studentId()).schoolId()), ""));
        });
        Map<Long, ClassRow> classById = new HashMap<>();
        classList.forEach(c -> classById.put(c.id(), c));
        file(zip, "enrollments.csv", List.of("sourcedId", "status", "dateLastModified", "classSourcedId",
                "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"), csv -> {
            for (EnrolmentRow e : rows.enrolments(root.path())) {
                StudentRow student = studentById.get(e.studentId());
                ClassRow c = classById.get(e.classId());
                // A student who transferred out: the old class keeps the history, but the set has no such user.
                if (student != null && c != null) {
                    csv.writeRecord(e.sourcedId(), "", "", c.sourcedId(), org(c.schoolId()), student.sourcedId(),
                            "student", "false", e.beginDate(), e.endDate());
                }
            }
            for (ClassRow c : classList) {
                if (c.headTeacherId() != null && staffById.containsKey(c.headTeacherId())) {
                    csv.writeRecord(OneRosterObject.HEAD_TEACHER_ENROLMENT.prefix() + c.id(), "", "", c.sourcedId(), org(c.schoolId()),
                            staffById.get(c.headTeacherId()).sourcedId(), "teacher", "true", "", "");
                }
            }
            for (TeachingRow t : rows.teaching(root.path())) {
                ClassRow c = classById.get(t.classId());
                if (c != null && staffById.containsKey(t.staffId())
                        && !Long.valueOf(t.staffId()).equals(c.headTeacherId())) {
                    csv.writeRecord(OneRosterObject.TEACHING_ENROLMENT.prefix() + t.id(), "", "", c.sourcedId(), org(c.schoolId()),
                            staffById.get(t.staffId()).sourcedId(), "teacher", "false", "", "");
                }
            }
        });
        file(zip, "demographics.csv", List.of("sourcedId", "status", "dateLastModified", "birthDate", "sex",
                "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander",
                "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
                "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"), csv -> {
            studentList.forEach(s -> csv.writeRecord(s.sourcedId(), "", "", s.birthDate(), s.sex(), "", "", "", "",
                    "", "", "", "", "", "", ""));
            staffList.forEach(s -> csv.writeRecord(s.sourcedId(), "", "", "", s.sex(), "", "", "", "", "", "", "",
                    "", "", "", ""));
        });
        zip.finish();
        return studentList.size() + staffList.size() + guardianById.size();
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

    private static List<String> user(String id, OneRosterExportRows.SourceName person, boolean enabled,
                                     String username, String userIds, String name, String identifier, String agents,
                                     String primaryOrg, List<String> staffMetadata, boolean fullIdentifiers) {
        // Names an import kept in parts are written as given; a Chinese name entered as one name is surname first,
        // a one-character surname being the usual case (compound ones are rare).
        String family = person.familyName() != null ? person.familyName()
                : name.isEmpty() ? "" : name.substring(0, 1);
        String given = person.givenName() != null ? person.givenName()
                : name.length() > 1 ? name.substring(1) : name;
        String email = person.email() == null ? "" : person.email();
        // The source's own userIds may carry ID or phone numbers: only in a set with full identifiers.
        String allIds = person.userIds().isEmpty() || !fullIdentifiers ? userIds
                : withSourceIds(userIds, person.userIds());
        List<String> cells = new ArrayList<>(List.of(id, "", "", enabled ? "true" : "false",
                username == null ? id : username, allIds, given, family, "", identifier, email, "", "", agents, "", "",
                "", "", "", "", "", primaryOrg, ""));
        cells.addAll(staffMetadata);
        return cells;
    }

    private static void sessions(List<TermRow> termRows, CsvWriter csv) {
        Map<String, List<TermRow>> byYear = new LinkedHashMap<>();
        termRows.forEach(t -> byYear.computeIfAbsent(t.schoolYear(), y -> new ArrayList<>()).add(t));
        byYear.forEach((year, yearTerms) -> {
            // ISO dates compare as text
            String start = yearTerms.stream().map(TermRow::startDate).min(String::compareTo).orElseThrow();
            String end = yearTerms.stream().map(TermRow::endDate).max(String::compareTo).orElseThrow();
            csv.writeRecord(OneRosterObject.SCHOOL_YEAR.prefix() + year, "", "", year, "schoolYear", start, end, "", year.substring(5));
            for (TermRow t : yearTerms) {
                csv.writeRecord(t.sourcedId(), "", "", year + " " + t.name(), "term", t.startDate(), t.endDate(),
                        OneRosterObject.SCHOOL_YEAR.prefix() + year, year.substring(5));
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

    private static String org(long id) {
        return OneRosterObject.ORG.prefix() + id;
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

package org.educloud.roster.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.guardians.Guardian;
import org.educloud.roster.guardians.GuardianRepository;
import org.educloud.roster.guardians.Guardianship;
import org.educloud.roster.guardians.GuardianshipRepository;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * A school's guardians, all or nothing: one row per student and guardian. A guardian is one person however many
 * children they have: rows with the same phone number (or, without a phone, the same name for the same student)
 * become one guardian, and a guardian already known by that phone is reused, so siblings share one parent account.
 */
@Component
public class ImportingGuardians {

    public static final List<String> HEADERS = List.of("学生全国学籍号", "监护人姓名", "关系", "手机号");
    private static final Map<String, GuardianRelation> RELATIONS = Map.of("父亲", GuardianRelation.FATHER,
            "母亲", GuardianRelation.MOTHER, "祖父母", GuardianRelation.GRANDPARENT, "外祖父母", GuardianRelation.GRANDPARENT,
            "其他", GuardianRelation.OTHER, "", GuardianRelation.OTHER);

    private final StudentRepository students;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final IdentityManagement identity;
    private final ImportRunRecorder recorder;
    private final Clock clock;

    ImportingGuardians(StudentRepository students, GuardianRepository guardians, GuardianshipRepository guardianships,
                       IdentityManagement identity, ImportRunRecorder recorder, Clock clock) {
        this.students = students;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.identity = identity;
        this.recorder = recorder;
        this.clock = clock;
    }

    private record Row(long number, Student student, String name, GuardianRelation relation, String phone) {

        String personKey() {
            return phone.isEmpty() ? student.studentNumber() + "|" + name : phone;
        }
    }

    public ImportRunView run(RunningImport running, Path file) {
        Scope scope = running.scope();
        OrgNodeView school = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        ImportRunRecorder.FirstPass pass = recorder.readRows(running, file, HEADERS, 20_000, problems, row -> {
            for (int column : row.formulaColumns()) {
                problems.add(ImportProblem.at(row.number(), HEADERS.get(Math.min(column, 3)), row.cell(column),
                        "roster.import.error.formula"));
            }
            String name = CellChecks.text(row, 1, HEADERS.get(1), 50, true, problems);
            raw.add(new String[] {row.cell(0).toUpperCase(Locale.ROOT), name, row.cell(2), row.cell(3)});
            numbers.add(row.number());
        });
        int read = pass.rows();
        if (pass.fileRefused()) {
            return running.rejected(read, problems);
        }
        List<Row> rows = check(school, raw, numbers, problems);
        if (!problems.isEmpty()) {
            return running.rejected(read, problems);
        }
        int[] counts = write(scope, school, rows);
        return running.applied(read, counts[0], counts[1]);
    }

    private List<Row> check(OrgNodeView school, List<String[]> raw, List<Long> numbers, List<ImportProblem> problems) {
        Map<String, Student> byNumber = new HashMap<>();
        students.findByStudentNumberIn(raw.stream().map(r -> r[0]).distinct().toList())
                .forEach(s -> byNumber.put(s.studentNumber(), s));
        List<Row> rows = new ArrayList<>();
        Map<String, String> nameOfPhone = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            long row = numbers.get(i);
            Student student = byNumber.get(r[0]);
            if (student == null || !student.schoolId().equals(school.id())) {
                problems.add(ImportProblem.at(row, HEADERS.get(0), r[0], "roster.import.error.unknownStudent"));
            }
            GuardianRelation relation = RELATIONS.get(r[2]);
            if (relation == null) {
                problems.add(ImportProblem.at(row, HEADERS.get(2), r[2], "roster.import.error.choice", "父亲、母亲、祖父母、外祖父母、其他"));
            }
            if (!r[3].isEmpty() && !r[3].matches("1\\d{10}")) {
                problems.add(ImportProblem.at(row, HEADERS.get(3), r[3], "roster.validation.phone.format"));
            } else if (!r[3].isEmpty() && nameOfPhone.containsKey(r[3]) && !nameOfPhone.get(r[3]).equals(r[1])) {
                problems.add(ImportProblem.at(row, HEADERS.get(3), r[3], "roster.import.error.phoneOtherName"));
            }
            if (!r[3].isEmpty()) {
                nameOfPhone.putIfAbsent(r[3], r[1]);
            }
            if (student != null && relation != null) {
                rows.add(new Row(row, student, r[1], relation, r[3]));
            }
        }
        Set<String> knownGuardianPhones = new HashSet<>();
        guardians.findByPhoneIn(nameOfPhone.keySet()).forEach(g -> knownGuardianPhones.add(g.phone()));
        for (String phone : identity.phonesInUse(nameOfPhone.keySet())) {
            if (!knownGuardianPhones.contains(phone)) {
                rows.stream().filter(r -> r.phone().equals(phone)).findFirst().ifPresent(r -> problems.add(
                        ImportProblem.at(r.number(), HEADERS.get(3), phone, "roster.import.error.phoneInUse")));
            }
        }
        return rows;
    }

    /** Returns {guardians created, guardianships added to existing guardians}. */
    private int[] write(Scope scope, OrgNodeView school, List<Row> rows) {
        Map<String, Guardian> byPhone = new HashMap<>();
        guardians.findByPhoneIn(rows.stream().map(Row::phone).filter(p -> !p.isEmpty()).distinct().toList())
                .forEach(g -> byPhone.put(g.phone(), g));
        Map<String, Guardian> byPerson = new LinkedHashMap<>();
        List<Guardian> fresh = new ArrayList<>();
        int linked = 0;
        for (Row row : rows) {
            Guardian guardian = byPerson.get(row.personKey());
            if (guardian == null && !row.phone().isEmpty()) {
                guardian = byPhone.get(row.phone());
            }
            if (guardian == null) {
                guardian = guardians.save(new Guardian(school.path(), row.name(), row.phone(), clock.instant()));
                fresh.add(guardian);
            }
            byPerson.put(row.personKey(), guardian);
            if (!guardianships.existsByStudentIdAndGuardianId(row.student().id(), guardian.id())) {
                guardianships.save(new Guardianship(row.student().id(), guardian.id(), row.relation()));
                linked++;
            }
        }
        if (!fresh.isEmpty()) {
            Map<Guardian, String> usernames = new HashMap<>();
            java.util.Iterator<String> generated = identity.newUsernames(Role.PARENT, fresh.size()).iterator();
            fresh.forEach(g -> usernames.put(g, generated.next()));
            Map<String, UserId> accounts = identity.createPending(scope, Role.PARENT, school.id(), fresh.stream()
                    .map(g -> new PendingAccount(usernames.get(g), g.name(), g.phone())).toList());
            fresh.forEach(g -> g.linkAccount(accounts.get(usernames.get(g))));
        }
        return new int[] {fresh.size(), linked - fresh.size()};
    }
}

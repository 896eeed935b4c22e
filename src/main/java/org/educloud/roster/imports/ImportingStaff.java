package org.educloud.roster.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.people.PersonAccounts;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.people.upserts.NewAccounts;
import org.educloud.roster.people.upserts.StaffUpserts;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * A school's staff file, all or nothing, in the same two passes as the student import; the staff number is the
 * natural key within the school. These fields feed the official balance indicators (qualification, backbone
 * level, PE and arts specialists), so every value must be one the statistical report knows.
 */
@Component
public class ImportingStaff {

    private static final int BATCH = 1000;

    private final StaffRepository staff;
    private final ImportRunRecorder recorder;
    private final IdentityManagement identity;
    private final StaffUpserts upserts;
    private final NewAccounts accounts;

    ImportingStaff(StaffRepository staff, ImportRunRecorder recorder, IdentityManagement identity,
                   StaffUpserts upserts, NewAccounts accounts) {
        this.upserts = upserts;
        this.accounts = accounts;
        this.staff = staff;
        this.recorder = recorder;
        this.identity = identity;
    }

    public ImportRunView run(RunningImport running, Path file) {
        Scope scope = running.scope();
        OrgNodeView school = running.school();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> rowOfNumber = new HashMap<>();
        Map<String, Long> rowOfPhone = new HashMap<>();
        ImportRunRecorder.FirstPass pass = recorder.readRows(running, file, StaffColumns.headers(), ImportRunRecorder.MAX_ROWS,
                problems, row -> StaffRowReader.read(row, problems)
                        .ifPresent(d -> unique(row.number(), d, rowOfNumber, rowOfPhone, problems)));
        int rows = pass.rows();
        if (pass.fileRefused()) {
            return running.rejected(rows, problems);
        }
        Map<Long, String> numberOfRow = new HashMap<>();
        rowOfNumber.forEach((number, row) -> numberOfRow.put(row, number));
        checkPhones(school, rowOfPhone, numberOfRow, problems);
        checkUsernames(school, rowOfNumber, problems);
        if (!problems.isEmpty()) {
            return running.rejected(rows, problems);
        }
        return write(running, file, rows);
    }

    private static void unique(long row, StaffDraft draft, Map<String, Long> rowOfNumber, Map<String, Long> rowOfPhone,
                               List<ImportProblem> problems) {
        Long earlier = rowOfNumber.putIfAbsent(draft.staffNumber(), row);
        if (earlier != null) {
            problems.add(ImportProblem.at(row, StaffColumns.STAFF_NUMBER.header(), draft.staffNumber(),
                    "roster.import.error.duplicateInFile", String.valueOf(earlier)));
        }
        if (draft.phone() != null) {
            Long phoneRow = rowOfPhone.putIfAbsent(draft.phone(), row);
            if (phoneRow != null) {
                problems.add(ImportProblem.at(row, StaffColumns.PHONE.header(), draft.phone(),
                        "roster.import.error.duplicateInFile", String.valueOf(phoneRow)));
            }
        }
    }

    /**
     * A phone is a login: one already used by another account is refused, unless it is the same staff member's
     * own phone being imported again (same staff number, same school).
     */
    private void checkPhones(OrgNodeView school, Map<String, Long> rowOfPhone, Map<Long, String> numberOfRow,
                             List<ImportProblem> problems) {
        if (rowOfPhone.isEmpty()) {
            return;
        }
        Set<String> inUse = identity.phonesInUse(rowOfPhone.keySet());
        Map<String, String> ownerOfPhone = new HashMap<>();
        staff.findAll((root, q, cb) -> cb.equal(root.get("schoolId"), school.id().value()))
                .forEach(s -> { if (s.phone() != null) { ownerOfPhone.put(s.phone(), s.staffNumber()); } });
        for (String phone : inUse) {
            long row = rowOfPhone.get(phone);
            if (!numberOfRow.get(row).equals(ownerOfPhone.get(phone))) {
                problems.add(ImportProblem.at(row, StaffColumns.PHONE.header(), phone, "roster.import.error.phoneInUse"));
            }
        }
    }

    /**
     * New staff get usernames from the school code and staff number (generated ones when the staff number is a
     * phone or ID number); one some other account has is refused now.
     */
    private void checkUsernames(OrgNodeView school, Map<String, Long> rowOfNumber, List<ImportProblem> problems) {
        Set<String> known = new java.util.HashSet<>();
        List<String> numbers = new ArrayList<>(rowOfNumber.keySet());
        for (int from = 0; from < numbers.size(); from += 1000) {
            staff.findBySchoolIdAndStaffNumberIn(school.id().value(), numbers.subList(from, Math.min(from + 1000,
                    numbers.size()))).forEach(s -> known.add(s.staffNumber()));
        }
        Map<String, String> numberOfUsername = new HashMap<>();
        numbers.stream().filter(n -> !known.contains(n)).forEach(n -> {
            String username = PersonAccounts.staffUsername(school.schoolCode(), n);
            if (username != null) {
                numberOfUsername.put(username, n);
            }
        });
        for (String taken : identity.takenUsernames(numberOfUsername.keySet())) {
            String number = numberOfUsername.get(taken);
            problems.add(ImportProblem.at(rowOfNumber.get(number), StaffColumns.STAFF_NUMBER.header(), number,
                    "roster.import.error.usernameTaken"));
        }
    }

    private ImportRunView write(RunningImport running, Path file, int rows) {
        Scope scope = running.scope();
        OrgNodeView school = running.school();
        int[] counts = {0, 0};
        try (TabularFile table = recorder.reopen(file)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            it.next();
            List<StaffDraft> batch = new ArrayList<>();
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (!row.blank()) {
                    StaffRowReader.read(row, new ArrayList<>()).ifPresent(batch::add);
                }
                if (batch.size() == BATCH) {
                    writeBatch(scope, school, batch, counts);
                }
            }
            writeBatch(scope, school, batch, counts);
        } catch (TabularFile.Unreadable | IOException e) {
            throw new IllegalStateException("the file changed between reading and writing", e);
        }
        return running.applied(rows, counts[0], counts[1]);
    }

    /**
     * Writes one batch through the upsert every import uses (set-wise, by school and staff number), gives new members
     * their accounts (school code and staff number as username where that carries no personal number), and brings
     * back members a OneRoster delta removed. Nothing of a batch stays in memory after it.
     */
    private void writeBatch(Scope scope, OrgNodeView school, List<StaffDraft> batch, int[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<StaffUpserts.StaffRow> rows = new ArrayList<>(batch.size());
        for (StaffDraft d : batch) {
            String number = d.staffNumber().strip();
            rows.add(new StaffUpserts.StaffRow(number, school.id().value(), school.path().value(), number,
                    PersonAccounts.staffUsername(school.schoolCode(), number), d.name().strip(),
                    d.gender() == null ? null : d.gender().name(), d.phone(), d.subjects() == null ? "" : d.subjects(),
                    d.qualification().name(), d.title().name(), Boolean.TRUE.equals(d.fullTimeTeacher()),
                    d.backboneLevel().name(), d.specialist().name(), true));
        }
        StaffUpserts.Merged merged = upserts.merge(rows);
        counts[0] += merged.created();
        counts[1] += merged.updated();
        accounts.withAccounts(scope, Role.TEACHER, StaffUpserts.CREATED_ACCOUNT_ROWS, "staff", keys -> Map.of());
        // A staff member a OneRoster delta removed is back when the school's own file lists them: they sign in again.
        identity.setEnabledByImport(scope, merged.back(), true);
        batch.clear();
    }
}

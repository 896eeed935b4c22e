package org.educloud.roster.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.people.PersonAccounts;
import org.educloud.roster.people.RestoringPeople;
import org.educloud.roster.people.Staff;
import org.educloud.roster.people.StaffRepository;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
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
    private final PersonAccounts personAccounts;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;
    private final RestoringPeople restoring;

    ImportingStaff(StaffRepository staff, ImportRunRecorder recorder, IdentityManagement identity,
                   PersonAccounts personAccounts, Clock clock, jakarta.persistence.EntityManager entityManager,
                   RestoringPeople restoring) {
        this.restoring = restoring;
        this.personAccounts = personAccounts;
        this.entityManager = entityManager;
        this.staff = staff;
        this.recorder = recorder;
        this.identity = identity;
        this.clock = clock;
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

    /** Writes one batch with its accounts, then clears the persistence context so memory stays flat. */
    private void writeBatch(Scope scope, OrgNodeView school, List<StaffDraft> batch, int[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Staff> existing = new HashMap<>();
        staff.findBySchoolIdAndStaffNumberIn(school.id().value(), batch.stream().map(StaffDraft::staffNumber).toList())
                .forEach(s -> existing.put(s.staffNumber(), s));
        List<Staff> fresh = new ArrayList<>();
        List<Long> listedAgain = new ArrayList<>();
        for (StaffDraft draft : batch) {
            Staff member = existing.get(draft.staffNumber());
            if (member == null) {
                fresh.add(staff.save(new Staff(school.id(), school.path(), draft, clock.instant())));
                counts[0]++;
            } else {
                member.apply(draft, clock.instant());
                listedAgain.add(member.id());
                counts[1]++;
            }
        }
        if (!fresh.isEmpty()) {
            List<String> usernames = personAccounts.staffUsernames(school.schoolCode(),
                    fresh.stream().map(Staff::staffNumber).toList());
            List<PendingAccount> people = new ArrayList<>(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                people.add(new PendingAccount(usernames.get(i), fresh.get(i).name(), fresh.get(i).phone()));
            }
            Map<String, UserId> accounts = identity.createPending(scope, Role.TEACHER, school.id(), people);
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).linkAccount(accounts.get(usernames.get(i)));
            }
        }
        entityManager.flush();
        // A staff member a OneRoster delta removed is back when the school's own file lists them (after the
        // flush: the entities map the employment status this sets, and would write the old one back).
        restoring.listedAgain(scope, RestoringPeople.Table.STAFF, listedAgain);
        entityManager.flush();
        entityManager.clear();
        batch.clear();
    }
}

package org.educloud.roster.exports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.roster.Gender;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentView;
import org.educloud.roster.oneroster.csv.OneRosterCsvExport;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.shared.SpreadsheetCells;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists leave the platform as CSV or XLSX exactly as the caller sees them: same scope, same filters, ID numbers
 * masked, no cell a spreadsheet would run as a formula. Every export is audit-logged with its filter and size.
 */
@Service
@Transactional
public class RosterExports {

    private static final int PAGE = 200;

    private final RosterDirectory directory;
    private final ApplicationEventPublisher events;
    private final OneRosterCsvExport oneRoster;
    private final SchoolsInScope schools;

    RosterExports(RosterDirectory directory, ApplicationEventPublisher events, OneRosterCsvExport oneRoster,
                  SchoolsInScope schools) {
        this.directory = directory;
        this.events = events;
        this.oneRoster = oneRoster;
        this.schools = schools;
    }

    /**
     * Everything below a node the caller administers as a OneRoster 1.2 CSV bulk zip, for exchange with other
     * systems; only admins may take it, and it is audit-logged. Student numbers are masked as in every list unless
     * the admin asks for {@code fullIdentifiers} (they see them in full on a student's page anyway), which the
     * audit entry says.
     */
    public void oneRosterZip(Scope scope, OrgId org, boolean fullIdentifiers, OutputStream out) throws IOException {
        var node = schools.administered(scope, org);
        int users = oneRoster.write(node, fullIdentifiers, out);
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.export.oneroster", node.name(),
                node.path(), users + " users" + (fullIdentifiers ? ", full identifiers" : "")));
    }

    public void studentsCsv(Scope scope, StudentQuery query, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(exportHeaders());
        int rows = eachStudent(scope, query, s -> csv.writeRecord(cells(s)));
        csv.flush();
        audited(scope, query, "csv", rows);
    }

    public void studentsXlsx(Scope scope, StudentQuery query, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        Worksheet sheet = workbook.newWorksheet("学生");
        List<String> headers = exportHeaders();
        for (int i = 0; i < headers.size(); i++) {
            sheet.value(0, i, headers.get(i));
            sheet.style(0, i).bold().set();
        }
        int[] row = {1};
        int rows = eachStudent(scope, query, s -> {
            List<String> cells = cells(s);
            for (int i = 0; i < cells.size(); i++) {
                sheet.value(row[0], i, cells.get(i));
            }
            if (++row[0] % 1000 == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
        audited(scope, query, "xlsx", rows);
    }

    /** Written rows leave memory for the output stream, so a long sheet is not held whole. */
    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int eachStudent(Scope scope, StudentQuery query, Consumer<StudentView> write) {
        int page = 0;
        int rows = 0;
        PageSlice<StudentView> slice;
        do {
            slice = directory.students(scope, query, page++, PAGE);
            for (StudentView student : slice.items()) {
                write.accept(student);
                rows++;
            }
        } while (slice.hasNext());
        return rows;
    }

    private static List<String> exportHeaders() {
        return List.of("学校", "姓名", "性别", "出生日期", "民族", "全国学籍号", "身份证号（已脱敏）", "学籍状态",
                "住校生", "留守儿童", "随迁子女", "残疾学生", "家庭经济困难");
    }

    private static List<String> cells(StudentView s) {
        return List.of(SpreadsheetCells.safe(s.schoolName()), SpreadsheetCells.safe(s.name()),
                s.gender() == Gender.MALE ? "男" : "女", s.birthDate().toString(),
                SpreadsheetCells.safe(s.ethnicity() == null ? "" : s.ethnicity()),
                s.studentNumber() == null ? "" : s.studentNumber(),
                s.idNumber() == null ? "" : s.idNumber(), s.status().name(), yesNo(s.boarding()), yesNo(s.leftBehind()),
                yesNo(s.migrant()), yesNo(s.disability()), yesNo(s.economicHardship()));
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private void audited(Scope scope, StudentQuery query, String format, int rows) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.export.students", format + ", " + rows
                + " rows", scope.visiblePaths().stream().findFirst().orElse(null), query.toString()));
    }
}

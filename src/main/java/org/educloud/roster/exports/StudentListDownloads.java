package org.educloud.roster.exports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.roster.Gender;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentStatus;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The student list page's download links: the same list as a file. */
@Controller
@RequestMapping("/roster")
class StudentListDownloads {

    private final RosterExports exports;

    StudentListDownloads(RosterExports exports) {
        this.exports = exports;
    }

    /** The student list as CSV or XLSX, with the same filters and masking as the page; audit-logged. */
    @GetMapping("/students/export.{format:csv|xlsx}")
    void export(Scope scope, @PathVariable String format, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable Long school,
                @RequestParam(required = false) @Nullable Long schoolClass,
                @RequestParam(required = false) @Nullable Gender gender,
                @RequestParam(required = false) @Nullable StudentStatus status,
                @RequestParam(required = false) StudentQuery.@Nullable EquityAttribute attribute,
                HttpServletResponse response) throws IOException {
        StudentQuery query = StudentQuery.of(q, school, schoolClass, gender, status, attribute);
        if (format.equals("csv")) {
            attachment(response, "text/csv;charset=UTF-8", "students.csv");
            exports.studentsCsv(scope, query, response.getOutputStream());
        } else {
            attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "students.xlsx");
            exports.studentsXlsx(scope, query, response.getOutputStream());
        }
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}

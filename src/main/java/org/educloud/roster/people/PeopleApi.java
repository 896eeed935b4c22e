package org.educloud.roster.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.educloud.roster.Gender;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StaffView;
import org.educloud.roster.StudentDetail;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentStatus;
import org.educloud.roster.StudentView;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Students and staff over JSON, limited to the caller's reach like the pages; ID numbers and phones masked in lists. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roster", description = "Terms, classes, students and staff")
class PeopleApi {

    private final RosterDirectory directory;
    private final RosterManagement management;

    PeopleApi(RosterDirectory directory, RosterManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping("/students")
    @Operation(summary = "Students in the caller's reach; ID numbers masked")
    PageSlice<StudentView> students(Scope scope, @RequestParam(required = false) @Nullable String q,
                                    @RequestParam(required = false) @Nullable Long school,
                                    @RequestParam(required = false) @Nullable Long schoolClass,
                                    @RequestParam(required = false) @Nullable Gender gender,
                                    @RequestParam(required = false) @Nullable StudentStatus status,
                                    @RequestParam(required = false) StudentQuery.@Nullable EquityAttribute attribute,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return directory.students(scope, StudentQuery.of(q, school, schoolClass, gender, status, attribute), page, size);
    }

    @GetMapping("/students/{id}")
    @Operation(summary = "One student with classes and guardians")
    StudentDetail student(Scope scope, @PathVariable long id) {
        return directory.student(scope, StudentId.of(id));
    }

    @PostMapping("/schools/{id}/students")
    @Operation(summary = "Register a student; the response carries the new account's one-time activation code")
    ResponseEntity<Registered> registerStudent(Scope scope, @PathVariable long id,
                                               @Valid @RequestBody StudentDraft draft) {
        Registered registered = management.registerStudent(scope, OrgId.of(id), draft, null);
        return ResponseEntity.created(URI.create("/api/v1/students/" + registered.personId())).body(registered);
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff in the caller's reach; phones masked")
    PageSlice<StaffView> staff(Scope scope, @RequestParam(required = false) @Nullable String q,
                               @RequestParam(required = false) @Nullable Long school,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return directory.staff(scope, q, school == null ? null : OrgId.of(school), page, size);
    }
}

package org.educloud.roster.classes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Classes over JSON, limited to the caller's reach like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roster", description = "Terms, classes, students and staff")
class ClassesApi {

    private final RosterDirectory directory;

    ClassesApi(RosterDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/classes")
    @Operation(summary = "Classes in the caller's reach")
    PageSlice<SchoolClassView> classes(Scope scope, @RequestParam(required = false) @Nullable Long school,
                                       @RequestParam(required = false) @Nullable Integer grade,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        return directory.classes(scope, school == null ? null : OrgId.of(school), grade, page, size);
    }

    @GetMapping("/classes/{id}")
    @Operation(summary = "A class with its current students and teachers")
    ClassRoster schoolClass(Scope scope, @PathVariable long id) {
        return directory.roster(scope, ClassId.of(id));
    }
}

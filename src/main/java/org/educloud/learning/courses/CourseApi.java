package org.educloud.learning.courses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.educloud.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learning space over JSON: the caller's courses and one course's page. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Assignments, submissions, grades")
class CourseApi {

    private final CourseReading courseReading;

    CourseApi(CourseReading courseReading) {
        this.courseReading = courseReading;
    }

    @GetMapping("/courses")
    @Operation(summary = "The caller's courses: owned, or attached to classes they teach or follow")
    List<CourseView> courses(Scope scope) {
        return courseReading.mine(scope);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "A course with its units, lessons, the resources the caller may open and their classes' work")
    CourseDetail course(Scope scope, @PathVariable long id) {
        return courseReading.detail(scope, id);
    }
}

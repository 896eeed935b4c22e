package org.educloud.roster.oneroster.rest;

import static org.educloud.roster.oneroster.rest.RosteringResponses.list;
import static org.educloud.roster.oneroster.rest.RosteringResponses.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OneRoster 1.2 rostering service's nested collections (the classes of a school, the students of a class,
 * ...). The spec opens them to the {@code roster.readonly} scope only; the thing in the path must be in the
 * client's reach.
 */
@RestController
@RequestMapping(RosteringApi.BASE)
@Tag(name = "OneRoster 1.2 rostering", description = "Read-only OneRoster REST binding for integration clients")
class NestedRosteringApi {

    private static final Set<IntegrationScope> FULL = Set.of(IntegrationScope.ROSTER);

    private final RosteringCollections collections;
    private final OneRosterQueries queries;
    private final RosteringReach reach;
    private final TenancyManagement tenancy;

    NestedRosteringApi(RosteringCollections collections, OneRosterQueries queries, RosteringReach reach,
                       TenancyManagement tenancy) {
        this.collections = collections;
        this.queries = queries;
        this.reach = reach;
        this.tenancy = tenancy;
    }

    @GetMapping("/schools/{id}/classes")
    @Operation(summary = "getClassesForSchool")
    ResponseEntity<Map<String, Object>> classesOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.classes, reach.inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/courses")
    @Operation(summary = "getCoursesForSchool")
    ResponseEntity<Map<String, Object>> coursesOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.courses, reach.inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/enrollments")
    @Operation(summary = "getEnrollmentsForSchool")
    ResponseEntity<Map<String, Object>> enrollmentsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                            @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.enrollments, reach.inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/students")
    @Operation(summary = "getStudentsForSchool")
    ResponseEntity<Map<String, Object>> studentsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.students(caller), reach.inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/teachers")
    @Operation(summary = "getTeachersForSchool")
    ResponseEntity<Map<String, Object>> teachersOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.teachers(caller), reach.inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/terms")
    @Operation(summary = "getTermsForSchool")
    ResponseEntity<Map<String, Object>> termsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        long school = reach.schoolId(caller, id);
        String path = tenancy.find(OrgId.of(school)).orElseThrow(() -> new UnknownObject(id)).path().value();
        return list(queries, caller, collections.academicSessions, RosteringReach.and(RosteringApi.TERMS, Condition.of(
                "r.\"_id\" IN (SELECT t.id FROM roster.term t WHERE :schoolPath LIKE t.org_path || '%')",
                "schoolPath", path)), params);
    }

    @GetMapping("/schools/{schoolId}/classes/{classId}/enrollments")
    @Operation(summary = "getEnrollmentsForClassInSchool")
    ResponseEntity<Map<String, Object>> enrollmentsOfClassInSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                                   @PathVariable String schoolId,
                                                                   @PathVariable String classId,
                                                                   ListingParams params) {
        need(caller, FULL);
        long clazz = reach.classInSchool(caller, schoolId, classId);
        return list(queries, caller, collections.enrollments, Condition.of("r.\"_classId\" = :class", "class", clazz), params);
    }

    @GetMapping("/schools/{schoolId}/classes/{classId}/students")
    @Operation(summary = "getStudentsForClassInSchool")
    ResponseEntity<Map<String, Object>> studentsOfClassInSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                                @PathVariable String schoolId,
                                                                @PathVariable String classId, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.students(caller), RosteringReach.studentsOf(reach.classInSchool(caller, schoolId, classId)), params);
    }

    @GetMapping("/schools/{schoolId}/classes/{classId}/teachers")
    @Operation(summary = "getTeachersForClassInSchool")
    ResponseEntity<Map<String, Object>> teachersOfClassInSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                                @PathVariable String schoolId,
                                                                @PathVariable String classId, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.teachers(caller), RosteringReach.teachersOf(reach.classInSchool(caller, schoolId, classId)), params);
    }

    // --- academic sessions ------------------------------------------------------------------------------------

    @GetMapping("/terms/{id}/classes")
    @Operation(summary = "getClassesForTerm")
    ResponseEntity<Map<String, Object>> classesOfTerm(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        long term = queries.local(collections.academicSessions, caller.orgPath(), RosteringApi.TERMS, id)
                .orElseThrow(() -> new UnknownObject(id)).id();
        return list(queries, caller, collections.classes, Condition.of("r.\"_termId\" = :term", "term", term), params);
    }

    @GetMapping("/terms/{id}/gradingPeriods")
    @Operation(summary = "getGradingPeriodsForTerm (EduCloud keeps no grading periods: always empty)")
    ResponseEntity<Map<String, Object>> gradingPeriodsOfTerm(@AuthenticationPrincipal IntegrationCaller caller,
                                                             @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        reach.requireExists(caller, collections.academicSessions, RosteringApi.TERMS, id);
        return RosteringResponses.noGradingPeriods(params);
    }

    @GetMapping("/courses/{id}/classes")
    @Operation(summary = "getClassesForCourse")
    ResponseEntity<Map<String, Object>> classesOfCourse(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        reach.requireExists(caller, collections.courses, Condition.NONE, id);
        return list(queries, caller, collections.classes, Condition.of("r.\"_course\" = :course", "course", id), params);
    }

    @GetMapping("/classes/{id}/students")
    @Operation(summary = "getStudentsForClass")
    ResponseEntity<Map<String, Object>> studentsOfClass(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.students(caller), RosteringReach.studentsOf(reach.classId(caller, id)), params);
    }

    @GetMapping("/classes/{id}/teachers")
    @Operation(summary = "getTeachersForClass")
    ResponseEntity<Map<String, Object>> teachersOfClass(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.teachers(caller), RosteringReach.teachersOf(reach.classId(caller, id)), params);
    }

    // --- users and enrollments --------------------------------------------------------------------------------

    @GetMapping("/users/{id}/classes")
    @Operation(summary = "getClassesForUser")
    ResponseEntity<Map<String, Object>> classesOfUser(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.classes, reach.classesOf(caller, collections.users(caller), id), params);
    }

    @GetMapping("/students/{id}/classes")
    @Operation(summary = "getClassesForStudent")
    ResponseEntity<Map<String, Object>> classesOfStudent(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.classes, reach.classesOf(caller, collections.students(caller), id), params);
    }

    @GetMapping("/teachers/{id}/classes")
    @Operation(summary = "getClassesForTeacher")
    ResponseEntity<Map<String, Object>> classesOfTeacher(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(queries, caller, collections.classes, reach.classesOf(caller, collections.teachers(caller), id), params);
    }
}

package org.educloud.roster.oneroster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScopes;
import org.educloud.roster.oneroster.OneRosterQueries.Page;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The OneRoster 1.2 rostering service (read), REST binding. Integration clients authenticate with an OAuth 2
 * access token; every answer is limited to the org node the client is bound to. Collections take the spec's
 * limit/offset paging (X-Total-Count and Link headers), sort/orderBy, filter and fields.
 */
@RestController
@RequestMapping(RosteringApi.BASE)
@Tag(name = "OneRoster 1.2 rostering", description = "Read-only OneRoster REST binding for integration clients")
class RosteringApi {

    static final String BASE = "/ims/oneroster/rostering/v1p2";

    /** The spec's scopes: core opens the top-level collections, roster also the nested ones, neither demographics. */
    private static final Set<String> CORE = Set.of(IntegrationScopes.ROSTER_CORE, IntegrationScopes.ROSTER);
    private static final Set<String> FULL = Set.of(IntegrationScopes.ROSTER);
    private static final Set<String> DEMOGRAPHICS = Set.of(IntegrationScopes.DEMOGRAPHICS);
    private static final Condition TERMS = new Condition("r.\"type\" = 'term'", Map.of());
    /** A class's students and a student's classes are today's; the enrollments collection keeps the history. */
    private static final String CURRENT = "(e.ends_on IS NULL OR e.ends_on >= CURRENT_DATE)";

    private final RosteringCollections collections;
    private final OneRosterQueries queries;
    private final OneRosterOrgs orgs;
    private final TenancyManagement tenancy;

    RosteringApi(RosteringCollections collections, OneRosterQueries queries, OneRosterOrgs orgs,
                 TenancyManagement tenancy) {
        this.collections = collections;
        this.queries = queries;
        this.orgs = orgs;
        this.tenancy = tenancy;
    }

    // --- orgs and schools -------------------------------------------------------------------------------------

    @GetMapping("/orgs")
    @Operation(summary = "getAllOrgs")
    ResponseEntity<Map<String, Object>> orgs(@AuthenticationPrincipal IntegrationCaller caller, ListingParams params) {
        need(caller, CORE);
        Listing listing = params.listing(Set.copyOf(OneRosterOrgs.JSON_FIELDS));
        return page("orgs", orgs.list(caller.orgPath(), false, listing, refs()), listing);
    }

    @GetMapping("/orgs/{id}")
    @Operation(summary = "getOrg")
    Map<String, Object> org(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                            ListingParams params) {
        need(caller, CORE);
        return single("org", orgs.one(caller.orgPath(), id, false, refs(),
                params.selection(Set.copyOf(OneRosterOrgs.JSON_FIELDS))).orElseThrow(() -> new UnknownObject(id)));
    }

    @GetMapping("/schools")
    @Operation(summary = "getAllSchools")
    ResponseEntity<Map<String, Object>> schools(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, CORE);
        Listing listing = params.listing(Set.copyOf(OneRosterOrgs.JSON_FIELDS));
        return page("orgs", orgs.list(caller.orgPath(), true, listing, refs()), listing);
    }

    @GetMapping("/schools/{id}")
    @Operation(summary = "getSchool")
    Map<String, Object> school(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                               ListingParams params) {
        need(caller, CORE);
        return single("org", orgs.one(caller.orgPath(), id, true, refs(),
                params.selection(Set.copyOf(OneRosterOrgs.JSON_FIELDS))).orElseThrow(() -> new UnknownObject(id)));
    }

    @GetMapping("/schools/{id}/classes")
    @Operation(summary = "getClassesForSchool")
    ResponseEntity<Map<String, Object>> classesOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.classes, inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/courses")
    @Operation(summary = "getCoursesForSchool")
    ResponseEntity<Map<String, Object>> coursesOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.courses, inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/enrollments")
    @Operation(summary = "getEnrollmentsForSchool")
    ResponseEntity<Map<String, Object>> enrollmentsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                            @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.enrollments, inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/students")
    @Operation(summary = "getStudentsForSchool")
    ResponseEntity<Map<String, Object>> studentsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.students, inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/teachers")
    @Operation(summary = "getTeachersForSchool")
    ResponseEntity<Map<String, Object>> teachersOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.teachers, inSchool(caller, id), params);
    }

    @GetMapping("/schools/{id}/terms")
    @Operation(summary = "getTermsForSchool")
    ResponseEntity<Map<String, Object>> termsOfSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        long school = schoolId(caller, id);
        String path = tenancy.find(OrgId.of(school)).orElseThrow(() -> new UnknownObject(id)).path().value();
        return list(caller, collections.academicSessions, and(TERMS, Condition.of(
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
        long clazz = classInSchool(caller, schoolId, classId);
        return list(caller, collections.enrollments, Condition.of("r.\"_classId\" = :class", "class", clazz), params);
    }

    @GetMapping("/schools/{schoolId}/classes/{classId}/students")
    @Operation(summary = "getStudentsForClassInSchool")
    ResponseEntity<Map<String, Object>> studentsOfClassInSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                                @PathVariable String schoolId,
                                                                @PathVariable String classId, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.students, studentsOf(classInSchool(caller, schoolId, classId)), params);
    }

    @GetMapping("/schools/{schoolId}/classes/{classId}/teachers")
    @Operation(summary = "getTeachersForClassInSchool")
    ResponseEntity<Map<String, Object>> teachersOfClassInSchool(@AuthenticationPrincipal IntegrationCaller caller,
                                                                @PathVariable String schoolId,
                                                                @PathVariable String classId, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.teachers, teachersOf(classInSchool(caller, schoolId, classId)), params);
    }

    // --- academic sessions ------------------------------------------------------------------------------------

    @GetMapping("/academicSessions")
    @Operation(summary = "getAllAcademicSessions")
    ResponseEntity<Map<String, Object>> academicSessions(@AuthenticationPrincipal IntegrationCaller caller,
                                                         ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.academicSessions, Condition.NONE, params);
    }

    @GetMapping("/academicSessions/{id}")
    @Operation(summary = "getAcademicSession")
    Map<String, Object> academicSession(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                        ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.academicSessions, Condition.NONE, id, params);
    }

    @GetMapping("/terms")
    @Operation(summary = "getAllTerms")
    ResponseEntity<Map<String, Object>> terms(@AuthenticationPrincipal IntegrationCaller caller,
                                              ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.academicSessions, TERMS, params);
    }

    @GetMapping("/terms/{id}")
    @Operation(summary = "getTerm")
    Map<String, Object> term(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                             ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.academicSessions, TERMS, id, params);
    }

    @GetMapping("/terms/{id}/classes")
    @Operation(summary = "getClassesForTerm")
    ResponseEntity<Map<String, Object>> classesOfTerm(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        requireExists(caller, collections.academicSessions, TERMS, id);
        return list(caller, collections.classes, Condition.of("r.\"_term\" = :term", "term", id), params);
    }

    @GetMapping("/terms/{id}/gradingPeriods")
    @Operation(summary = "getGradingPeriodsForTerm (EduCloud keeps no grading periods: always empty)")
    ResponseEntity<Map<String, Object>> gradingPeriodsOfTerm(@AuthenticationPrincipal IntegrationCaller caller,
                                                             @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        requireExists(caller, collections.academicSessions, TERMS, id);
        return gradingPeriods(caller, params);
    }

    @GetMapping("/gradingPeriods")
    @Operation(summary = "getAllGradingPeriods (EduCloud keeps no grading periods: always empty)")
    ResponseEntity<Map<String, Object>> gradingPeriods(@AuthenticationPrincipal IntegrationCaller caller,
                                                       ListingParams params) {
        need(caller, CORE);
        Listing listing = params.listing(Set.of("sourcedId", "status", "dateLastModified", "title", "startDate",
                "endDate", "type", "parent", "children", "schoolYear"));
        return page("academicSessions", new Page(List.of(), 0), listing);
    }

    @GetMapping("/gradingPeriods/{id}")
    @Operation(summary = "getGradingPeriod")
    Map<String, Object> gradingPeriod(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id) {
        need(caller, CORE);
        throw new UnknownObject(id);
    }

    // --- courses and classes ----------------------------------------------------------------------------------

    @GetMapping("/courses")
    @Operation(summary = "getAllCourses")
    ResponseEntity<Map<String, Object>> courses(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.courses, Condition.NONE, params);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "getCourse")
    Map<String, Object> course(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                               ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.courses, Condition.NONE, id, params);
    }

    @GetMapping("/courses/{id}/classes")
    @Operation(summary = "getClassesForCourse")
    ResponseEntity<Map<String, Object>> classesOfCourse(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        requireExists(caller, collections.courses, Condition.NONE, id);
        return list(caller, collections.classes, Condition.of("r.\"_course\" = :course", "course", id), params);
    }

    @GetMapping("/classes")
    @Operation(summary = "getAllClasses")
    ResponseEntity<Map<String, Object>> classes(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.classes, Condition.NONE, params);
    }

    @GetMapping("/classes/{id}")
    @Operation(summary = "getClass")
    Map<String, Object> clazz(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                              ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.classes, Condition.NONE, id, params);
    }

    @GetMapping("/classes/{id}/students")
    @Operation(summary = "getStudentsForClass")
    ResponseEntity<Map<String, Object>> studentsOfClass(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.students, studentsOf(classId(caller, id)), params);
    }

    @GetMapping("/classes/{id}/teachers")
    @Operation(summary = "getTeachersForClass")
    ResponseEntity<Map<String, Object>> teachersOfClass(@AuthenticationPrincipal IntegrationCaller caller,
                                                        @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.teachers, teachersOf(classId(caller, id)), params);
    }

    // --- users and enrollments --------------------------------------------------------------------------------

    @GetMapping("/users")
    @Operation(summary = "getAllUsers")
    ResponseEntity<Map<String, Object>> users(@AuthenticationPrincipal IntegrationCaller caller,
                                              ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.users, Condition.NONE, params);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "getUser")
    Map<String, Object> user(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                             ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.users, Condition.NONE, id, params);
    }

    @GetMapping("/users/{id}/classes")
    @Operation(summary = "getClassesForUser")
    ResponseEntity<Map<String, Object>> classesOfUser(@AuthenticationPrincipal IntegrationCaller caller,
                                                      @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.classes, classesOf(caller, collections.users, id), params);
    }

    @GetMapping("/students")
    @Operation(summary = "getAllStudents")
    ResponseEntity<Map<String, Object>> students(@AuthenticationPrincipal IntegrationCaller caller,
                                                 ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.students, Condition.NONE, params);
    }

    @GetMapping("/students/{id}")
    @Operation(summary = "getStudent")
    Map<String, Object> student(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.students, Condition.NONE, id, params);
    }

    @GetMapping("/students/{id}/classes")
    @Operation(summary = "getClassesForStudent")
    ResponseEntity<Map<String, Object>> classesOfStudent(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.classes, classesOf(caller, collections.students, id), params);
    }

    @GetMapping("/teachers")
    @Operation(summary = "getAllTeachers")
    ResponseEntity<Map<String, Object>> teachers(@AuthenticationPrincipal IntegrationCaller caller,
                                                 ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.teachers, Condition.NONE, params);
    }

    @GetMapping("/teachers/{id}")
    @Operation(summary = "getTeacher")
    Map<String, Object> teacher(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.teachers, Condition.NONE, id, params);
    }

    @GetMapping("/teachers/{id}/classes")
    @Operation(summary = "getClassesForTeacher")
    ResponseEntity<Map<String, Object>> classesOfTeacher(@AuthenticationPrincipal IntegrationCaller caller,
                                                         @PathVariable String id, ListingParams params) {
        need(caller, FULL);
        return list(caller, collections.classes, classesOf(caller, collections.teachers, id), params);
    }

    @GetMapping("/enrollments")
    @Operation(summary = "getAllEnrollments")
    ResponseEntity<Map<String, Object>> enrollments(@AuthenticationPrincipal IntegrationCaller caller,
                                                    ListingParams params) {
        need(caller, CORE);
        return list(caller, collections.enrollments, Condition.NONE, params);
    }

    @GetMapping("/enrollments/{id}")
    @Operation(summary = "getEnrollment")
    Map<String, Object> enrollment(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                   ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.enrollments, Condition.NONE, id, params);
    }

    @GetMapping("/demographics")
    @Operation(summary = "getAllDemographics")
    ResponseEntity<Map<String, Object>> demographics(@AuthenticationPrincipal IntegrationCaller caller,
                                                     ListingParams params) {
        need(caller, DEMOGRAPHICS);
        return list(caller, collections.demographics, Condition.NONE, params);
    }

    @GetMapping("/demographics/{id}")
    @Operation(summary = "getDemographics")
    Map<String, Object> demographicsOf(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                       ListingParams params) {
        need(caller, DEMOGRAPHICS);
        return one(caller, collections.demographics, Condition.NONE, id, params);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static void need(IntegrationCaller caller, Set<String> anyOf) {
        if (anyOf.stream().noneMatch(caller::holds)) {
            throw new AccessDeniedException("scope");
        }
    }

    private ResponseEntity<Map<String, Object>> list(IntegrationCaller caller, SqlCollection collection,
                                                     Condition nested, ListingParams params) {
        Listing listing = params.listing(collection.jsonFields());
        return page(collection.plural(), queries.list(collection, caller.orgPath(), nested, listing, refs()),
                listing);
    }

    private Map<String, Object> one(IntegrationCaller caller, SqlCollection collection, Condition condition,
                                    String id, ListingParams params) {
        return single(collection.singular(), queries.one(collection, caller.orgPath(), condition, id, refs(),
                params.selection(collection.jsonFields())).orElseThrow(() -> new UnknownObject(id)));
    }

    private static Map<String, Object> single(String name, Map<String, Object> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, item);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> page(String name, Page page, Listing listing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, page.items());
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(page.total()))
                .header(HttpHeaders.LINK, links(page.total(), listing))
                .body(body);
    }

    /** RFC 8288 links to the first, previous, next and last pages, keeping the request's other parameters. */
    private static String links(long total, Listing listing) {
        int limit = listing.limit();
        long offset = listing.offset();
        long lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit;
        List<String> links = new ArrayList<>();
        links.add(link(0, limit, "first"));
        if (offset > 0) {
            links.add(link(Math.max(0, offset - limit), limit, "prev"));
        }
        if (offset + limit < total) {
            links.add(link(offset + limit, limit, "next"));
        }
        links.add(link(lastOffset, limit, "last"));
        return String.join(", ", links);
    }

    private static String link(long offset, int limit, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build().toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    private static Refs refs() {
        return new Refs(ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).build().toUriString());
    }

    private void requireExists(IntegrationCaller caller, SqlCollection collection, Condition condition, String id) {
        if (!queries.exists(collection, caller.orgPath(), condition, id)) {
            throw new UnknownObject(id);
        }
    }

    /** The school must be a school in the client's reach. */
    private long schoolId(IntegrationCaller caller, String id) {
        long school = number("org-", id);
        if (orgs.one(caller.orgPath(), id, true, refs(), List.of("sourcedId")).isEmpty()) {
            throw new UnknownObject(id);
        }
        return school;
    }

    private Condition inSchool(IntegrationCaller caller, String id) {
        return Condition.of("r.\"_schoolId\" = :school", "school", schoolId(caller, id));
    }

    private long classId(IntegrationCaller caller, String id) {
        long clazz = number("class-", id);
        requireExists(caller, collections.classes, Condition.NONE, id);
        return clazz;
    }

    private long classInSchool(IntegrationCaller caller, String schoolId, String classId) {
        long school = schoolId(caller, schoolId);
        long clazz = number("class-", classId);
        requireExists(caller, collections.classes, Condition.of("r.\"_schoolId\" = :school", "school", school),
                classId);
        return clazz;
    }

    private static Condition studentsOf(long classId) {
        return Condition.of("r.\"_id\" IN "
                + "(SELECT e.student_id FROM roster.enrolment e WHERE e.class_id = :class AND " + CURRENT + ")",
                "class", classId);
    }

    private static Condition teachersOf(long classId) {
        return Condition.of("r.\"_id\" IN "
                + "(SELECT c.head_teacher_id FROM roster.school_class c WHERE c.id = :class "
                + "UNION SELECT a.staff_id FROM roster.teaching_assignment a WHERE a.class_id = :class)",
                "class", classId);
    }

    /** The classes a student is enrolled in or a teacher heads or teaches. */
    private Condition classesOf(IntegrationCaller caller, SqlCollection users, String userId) {
        requireExists(caller, users, Condition.NONE, userId);
        if (userId.startsWith("user-s-")) {
            return Condition.of("r.\"_id\" IN (SELECT e.class_id FROM roster.enrolment e WHERE e.student_id = :user "
                            + "AND " + CURRENT + ")",
                    "user", number("user-s-", userId));
        }
        if (userId.startsWith("user-t-")) {
            return Condition.of("r.\"_id\" IN (SELECT c.id FROM roster.school_class c WHERE c.head_teacher_id = :user "
                    + "UNION SELECT a.class_id FROM roster.teaching_assignment a WHERE a.staff_id = :user)",
                    "user", number("user-t-", userId));
        }
        return new Condition("FALSE", Map.of());
    }

    private static long number(String prefix, String sourcedId) {
        if (sourcedId.startsWith(prefix)) {
            try {
                return Long.parseLong(sourcedId.substring(prefix.length()));
            } catch (NumberFormatException e) {
                // falls through to unknown
            }
        }
        throw new UnknownObject(sourcedId);
    }

    private static Condition and(Condition a, Condition b) {
        Map<String, Object> params = new LinkedHashMap<>(a.params());
        params.putAll(b.params());
        return new Condition("(" + a.sql() + ") AND (" + b.sql() + ")", params);
    }
}

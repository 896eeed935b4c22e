package org.educloud.roster.oneroster.rest;

import static org.educloud.roster.oneroster.rest.RosteringResponses.list;
import static org.educloud.roster.oneroster.rest.RosteringResponses.need;
import static org.educloud.roster.oneroster.rest.RosteringResponses.page;
import static org.educloud.roster.oneroster.rest.RosteringResponses.refs;
import static org.educloud.roster.oneroster.rest.RosteringResponses.single;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /** The spec's scopes: core opens the top-level collections (roster too), neither opens demographics. */
    private static final Set<IntegrationScope> CORE = Set.of(IntegrationScope.ROSTER_CORE, IntegrationScope.ROSTER);
    private static final Set<IntegrationScope> DEMOGRAPHICS = Set.of(IntegrationScope.DEMOGRAPHICS);
    /** Orgs, sessions, courses and classes: also EduCloud's narrower scope, which opens no person's data. */
    private static final Set<IntegrationScope> STRUCTURE = Set.of(IntegrationScope.ROSTER_CORE, IntegrationScope.ROSTER,
            IntegrationScope.ROSTER_STRUCTURE);
    static final Condition TERMS = new Condition("r.\"type\" = 'term'", Map.of());

    private final RosteringCollections collections;
    private final OneRosterQueries queries;
    private final OneRosterOrgs orgs;

    RosteringApi(RosteringCollections collections, OneRosterQueries queries, OneRosterOrgs orgs) {
        this.collections = collections;
        this.queries = queries;
        this.orgs = orgs;
    }

    // --- orgs and schools -------------------------------------------------------------------------------------

    @GetMapping("/orgs")
    @Operation(summary = "getAllOrgs")
    ResponseEntity<Map<String, Object>> orgs(@AuthenticationPrincipal IntegrationCaller caller, ListingParams params) {
        need(caller, STRUCTURE);
        Listing listing = params.listing(Set.copyOf(OneRosterOrgs.JSON_FIELDS));
        return page("orgs", orgs.list(caller.orgPath(), false, listing, refs()), listing);
    }

    @GetMapping("/orgs/{id}")
    @Operation(summary = "getOrg")
    Map<String, Object> org(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                            ListingParams params) {
        need(caller, STRUCTURE);
        return single("org", orgs.one(caller.orgPath(), id, false, refs(),
                params.selection(Set.copyOf(OneRosterOrgs.JSON_FIELDS))).orElseThrow(() -> new UnknownObject(id)));
    }

    @GetMapping("/schools")
    @Operation(summary = "getAllSchools")
    ResponseEntity<Map<String, Object>> schools(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, STRUCTURE);
        Listing listing = params.listing(Set.copyOf(OneRosterOrgs.JSON_FIELDS));
        return page("orgs", orgs.list(caller.orgPath(), true, listing, refs()), listing);
    }

    @GetMapping("/schools/{id}")
    @Operation(summary = "getSchool")
    Map<String, Object> school(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                               ListingParams params) {
        need(caller, STRUCTURE);
        return single("org", orgs.one(caller.orgPath(), id, true, refs(),
                params.selection(Set.copyOf(OneRosterOrgs.JSON_FIELDS))).orElseThrow(() -> new UnknownObject(id)));
    }

    @GetMapping("/academicSessions")
    @Operation(summary = "getAllAcademicSessions")
    ResponseEntity<Map<String, Object>> academicSessions(@AuthenticationPrincipal IntegrationCaller caller,
                                                         ListingParams params) {
        need(caller, STRUCTURE);
        return list(queries, caller, collections.academicSessions, Condition.NONE, params);
    }

    @GetMapping("/academicSessions/{id}")
    @Operation(summary = "getAcademicSession")
    Map<String, Object> academicSession(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                        ListingParams params) {
        need(caller, STRUCTURE);
        return one(caller, collections.academicSessions, Condition.NONE, id, params);
    }

    @GetMapping("/terms")
    @Operation(summary = "getAllTerms")
    ResponseEntity<Map<String, Object>> terms(@AuthenticationPrincipal IntegrationCaller caller,
                                              ListingParams params) {
        need(caller, STRUCTURE);
        return list(queries, caller, collections.academicSessions, TERMS, params);
    }

    @GetMapping("/terms/{id}")
    @Operation(summary = "getTerm")
    Map<String, Object> term(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                             ListingParams params) {
        need(caller, STRUCTURE);
        return one(caller, collections.academicSessions, TERMS, id, params);
    }

    @GetMapping("/gradingPeriods")
    @Operation(summary = "getAllGradingPeriods (EduCloud keeps no grading periods: always empty)")
    ResponseEntity<Map<String, Object>> gradingPeriods(@AuthenticationPrincipal IntegrationCaller caller,
                                                       ListingParams params) {
        need(caller, STRUCTURE);
        return RosteringResponses.noGradingPeriods(params);
    }

    @GetMapping("/gradingPeriods/{id}")
    @Operation(summary = "getGradingPeriod")
    Map<String, Object> gradingPeriod(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id) {
        need(caller, STRUCTURE);
        throw new UnknownObject(id);
    }

    // --- courses and classes ----------------------------------------------------------------------------------

    @GetMapping("/courses")
    @Operation(summary = "getAllCourses")
    ResponseEntity<Map<String, Object>> courses(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, STRUCTURE);
        return list(queries, caller, collections.courses, Condition.NONE, params);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "getCourse")
    Map<String, Object> course(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                               ListingParams params) {
        need(caller, STRUCTURE);
        return one(caller, collections.courses, Condition.NONE, id, params);
    }

    @GetMapping("/classes")
    @Operation(summary = "getAllClasses")
    ResponseEntity<Map<String, Object>> classes(@AuthenticationPrincipal IntegrationCaller caller,
                                                ListingParams params) {
        need(caller, STRUCTURE);
        return list(queries, caller, collections.classes, Condition.NONE, params);
    }

    @GetMapping("/classes/{id}")
    @Operation(summary = "getClass")
    Map<String, Object> clazz(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                              ListingParams params) {
        need(caller, STRUCTURE);
        return one(caller, collections.classes, Condition.NONE, id, params);
    }

    @GetMapping("/users")
    @Operation(summary = "getAllUsers")
    ResponseEntity<Map<String, Object>> users(@AuthenticationPrincipal IntegrationCaller caller,
                                              ListingParams params) {
        need(caller, CORE);
        return list(queries, caller, collections.users(caller), Condition.NONE, params);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "getUser")
    Map<String, Object> user(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                             ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.users(caller), Condition.NONE, id, params);
    }

    @GetMapping("/students")
    @Operation(summary = "getAllStudents")
    ResponseEntity<Map<String, Object>> students(@AuthenticationPrincipal IntegrationCaller caller,
                                                 ListingParams params) {
        need(caller, CORE);
        return list(queries, caller, collections.students(caller), Condition.NONE, params);
    }

    @GetMapping("/students/{id}")
    @Operation(summary = "getStudent")
    Map<String, Object> student(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.students(caller), Condition.NONE, id, params);
    }

    @GetMapping("/teachers")
    @Operation(summary = "getAllTeachers")
    ResponseEntity<Map<String, Object>> teachers(@AuthenticationPrincipal IntegrationCaller caller,
                                                 ListingParams params) {
        need(caller, CORE);
        return list(queries, caller, collections.teachers(caller), Condition.NONE, params);
    }

    @GetMapping("/teachers/{id}")
    @Operation(summary = "getTeacher")
    Map<String, Object> teacher(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                ListingParams params) {
        need(caller, CORE);
        return one(caller, collections.teachers(caller), Condition.NONE, id, params);
    }

    @GetMapping("/enrollments")
    @Operation(summary = "getAllEnrollments")
    ResponseEntity<Map<String, Object>> enrollments(@AuthenticationPrincipal IntegrationCaller caller,
                                                    ListingParams params) {
        need(caller, CORE);
        return list(queries, caller, collections.enrollments, Condition.NONE, params);
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
        return list(queries, caller, collections.demographics, Condition.NONE, params);
    }

    @GetMapping("/demographics/{id}")
    @Operation(summary = "getDemographics")
    Map<String, Object> demographicsOf(@AuthenticationPrincipal IntegrationCaller caller, @PathVariable String id,
                                       ListingParams params) {
        need(caller, DEMOGRAPHICS);
        return one(caller, collections.demographics, Condition.NONE, id, params);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Map<String, Object> one(IntegrationCaller caller, SqlCollection collection, Condition condition,
                                    String id, ListingParams params) {
        return single(collection.singular(), queries.one(collection, caller.orgPath(), condition, id, refs(),
                params.selection(collection.jsonFields())).orElseThrow(() -> new UnknownObject(id)));
    }
}

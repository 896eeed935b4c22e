package org.educloud.portal;

import java.util.Map;
import java.util.function.Function;

/**
 * How {@link EveryPageRendersTest} calls each page: the pages whose path has variables or needs a query, the pages no
 * demo account opens, and the mappings that only redirect. A new page with ids in its path gets its entry here.
 */
final class PagePaths {

    private PagePaths() {
    }

    /** The ids a page's path or query needs, as one demo account would follow its own links. */
    record Ids(long school, long district, long classId, long student, long staff, long account, long resource,
               long openResource, long course, long unit, long lesson, long lessonResource, long assignment, long export, long importRun,
               long item, long quiz, long attempt, long knowledgePoint, long finishedAttempt, long equipment,
               long article, long ticket, long vendor) {
    }

    /** Pages whose path has variables, or that need a query: how each is called. */
    static final Map<String, Function<Ids, String>> PAGES = Map.ofEntries(
            Map.entry("/orgs/{id}", i -> "/orgs/" + i.school()),
            Map.entry("/homeschool/notices/{id}", i -> "/homeschool/notices/"
                    + org.educloud.homeschool.HomeschoolFixture.get().demoNotice()),
            Map.entry("/homeschool/messages/{id}", i -> "/homeschool/messages/"
                    + org.educloud.homeschool.HomeschoolFixture.get().demoThread()),
            Map.entry("/assessment/quizzes/{quizId}/analysis", i -> "/assessment/quizzes/" + i.quiz() + "/analysis"),
            Map.entry("/assessment/exams/{examId}", i -> "/assessment/exams/"
                    + org.educloud.assessment.ExamFixture.get().demoExam()),
            Map.entry("/assessment/exams/{examId}/classes/{classId}/scores", i -> "/assessment/exams/"
                    + org.educloud.assessment.ExamFixture.get().demoExam() + "/classes/" + i.classId() + "/scores"),
            Map.entry("/assessment/assignments/{assignmentId}/scores", i -> "/assessment/assignments/" + i.assignment()
                    + "/scores"),
            Map.entry("/assessment/quizzes/{quizId}/analysis.xlsx", i -> "/assessment/quizzes/" + i.quiz()
                    + "/analysis.xlsx"),
            Map.entry("/tutoring/practice/{knowledgePoint}", i -> "/tutoring/practice/" + i.knowledgePoint()),
            Map.entry("/tutoring/classes/{classId}", i -> "/tutoring/classes/" + i.classId()),
            Map.entry("/tutoring/classes/{classId}/students/{studentId}", i -> "/tutoring/classes/" + i.classId()
                    + "/students/" + i.student()),
            Map.entry("/orgs/{id}/edit", i -> "/orgs/" + i.school() + "/edit"),
            Map.entry("/orgs/new", i -> "/orgs/new?parent=" + i.district()),
            Map.entry("/admin/accounts/{id}", i -> "/admin/accounts/" + i.account()),
            Map.entry("/admin/webhooks/{id}", i -> "/admin/webhooks/"
                    + org.educloud.integration.IntegrationFixture.demoSubscription()),
            Map.entry("/admin/lti-tools/{id}", i -> "/admin/lti-tools/"
                    + org.educloud.integration.IntegrationFixture.demoTool()),
            Map.entry("/lti/classes/{classId}", i -> "/lti/classes/" + i.classId()),
            Map.entry("/lti/links/{id}/launch", i -> "/lti/links/"
                    + org.educloud.integration.IntegrationFixture.demoLink(i.classId()) + "/launch"),
            Map.entry("/lti/courses/{courseId}/lessons/{lessonId}/tools", i -> "/lti/courses/" + i.course()
                    + "/lessons/" + i.lesson() + "/tools"),
            Map.entry("/roster/classes/{id}", i -> "/roster/classes/" + i.classId()),
            Map.entry("/roster/classes/new", i -> "/roster/classes/new?school=" + i.school()),
            Map.entry("/roster/students/{id}", i -> "/roster/students/" + i.student()),
            Map.entry("/roster/students/{id}/edit", i -> "/roster/students/" + i.student() + "/edit"),
            Map.entry("/roster/students/new", i -> "/roster/students/new?school=" + i.school()),
            Map.entry("/roster/staff/{id}", i -> "/roster/staff/" + i.staff()),
            Map.entry("/roster/staff/{id}/edit", i -> "/roster/staff/" + i.staff() + "/edit"),
            Map.entry("/roster/staff/new", i -> "/roster/staff/new?school=" + i.school()),
            Map.entry("/roster/schools/{id}", i -> "/roster/schools/" + i.school()),
            Map.entry("/roster/schools/{id}/promotion", i -> "/roster/schools/" + i.school() + "/promotion"),
            Map.entry("/roster/imports/oneroster", i -> "/roster/imports/oneroster?org=" + i.district()),
            Map.entry("/roster/imports/{id:\\d+}", i -> "/roster/imports/" + i.importRun()),
            Map.entry("/roster/imports/{kind:students|staff|classes|guardians|enrolments}",
                    i -> "/roster/imports/students?school=" + i.school()),
            Map.entry("/equity/balance", i -> "/equity/balance?district=" + i.district()),
            Map.entry("/equity/balance/trend", i -> "/equity/balance/trend?district=" + i.district()),
            Map.entry("/equity/surveys", i -> "/equity/surveys?org=" + i.district()),
            Map.entry("/equity/surveys/import", i -> "/equity/surveys/import?org=" + i.district()),
            Map.entry("/equity/surveys/bulk", i -> "/equity/surveys/bulk?org=" + i.district() + "&action=CONFIRM"),
            Map.entry("/equity/surveys/{school}", i -> "/equity/surveys/" + i.school()),
            Map.entry("/equity/schools/{school}/balance", i -> "/equity/schools/" + i.school() + "/balance"),
            Map.entry("/equity/schools/{school}/classes", i -> "/equity/schools/" + i.school() + "/classes"),
            Map.entry("/equity/exports/{id}", i -> "/equity/exports/" + i.export()),
            Map.entry("/library/resources/{id}", i -> "/library/resources/" + i.resource()),
            Map.entry("/library/resources/{id}/edit", i -> "/library/resources/" + i.resource() + "/edit"),
            Map.entry("/library/classes/{classId}/display", i -> "/library/classes/" + i.classId() + "/display"),
            Map.entry("/open/resources/{id}", i -> "/open/resources/" + i.openResource()),
            Map.entry("/learning/assignments/{id}", i -> "/learning/assignments/" + i.assignment()),
            Map.entry("/learning/assignments/{id}/grading", i -> "/learning/assignments/" + i.assignment()
                    + "/grading"),
            Map.entry("/learning/classes/{classId}/gradebook", i -> "/learning/classes/" + i.classId() + "/gradebook"),
            Map.entry("/learning/courses/{id}", i -> "/learning/courses/" + i.course()),
            Map.entry("/learning/courses/{id}/edit", i -> "/learning/courses/" + i.course() + "/edit"),
            Map.entry("/learning/courses/{id}/units/{unitId}/lessons/new", i -> "/learning/courses/" + i.course()
                    + "/units/" + i.unit() + "/lessons/new"),
            Map.entry("/learning/courses/{id}/lessons/{lessonId}/edit", i -> "/learning/courses/" + i.course()
                    + "/lessons/" + i.lesson() + "/edit"),
            Map.entry("/learning/courses/{id}/lessons/{lessonId}/resources/{resourceId}", i -> "/learning/courses/"
                    + i.course() + "/lessons/" + i.lesson() + "/resources/" + i.lessonResource()),
            Map.entry("/assessment/items/{id}", i -> "/assessment/items/" + i.item()),
            Map.entry("/assessment/items/{id}/edit", i -> "/assessment/items/" + i.item() + "/edit"),
            Map.entry("/assessment/quizzes/{id}", i -> "/assessment/quizzes/" + i.quiz()),
            Map.entry("/assessment/quizzes/{quizId}/results", i -> "/assessment/quizzes/" + i.quiz() + "/results"),
            Map.entry("/assessment/quizzes/{quizId}/attempts/{attemptId}", i -> "/assessment/quizzes/" + i.quiz()
                    + "/attempts/" + i.attempt()),
            Map.entry("/assessment/attempts/{attemptId}", i -> "/assessment/attempts/" + i.attempt()),
            Map.entry("/assessment/children/attempts/{attemptId}", i -> "/assessment/children/attempts/"
                    + i.finishedAttempt()),
            Map.entry("/tutoring/classes/{classId}/warnings", i -> "/tutoring/classes/" + i.classId() + "/warnings"),
            // the demo quiz is published: its edit page says it can no longer be edited (QuizEditPageTest: a draft's)
            Map.entry("/assessment/quizzes/{id}/edit", i -> "/assessment/quizzes/" + i.quiz() + "/edit"),
            Map.entry("/network/schools/{school}", i -> "/network/schools/" + i.school()),
            Map.entry("/network/connectivity/import", i -> "/network/connectivity/import?org=" + i.district()),
            Map.entry("/network/schools/{school}/probe", i -> "/network/schools/" + i.school() + "/probe"),
            Map.entry("/network/status/schools/{school}", i -> "/network/status/schools/" + i.school()),
            Map.entry("/maintenance/equipment/{id}", i -> "/maintenance/equipment/" + i.equipment()),
            Map.entry("/maintenance/equipment/{id}/edit", i -> "/maintenance/equipment/" + i.equipment() + "/edit"),
            Map.entry("/maintenance/equipment/new", i -> "/maintenance/equipment/new?school=" + i.school()),
            Map.entry("/maintenance/equipment/import", i -> "/maintenance/equipment/import?org=" + i.district()),
            Map.entry("/maintenance/knowledge/{id}", i -> "/maintenance/knowledge/" + i.article()),
            Map.entry("/maintenance/knowledge/{id}/edit", i -> "/maintenance/knowledge/" + i.article() + "/edit"),
            Map.entry("/maintenance/tickets/{id}", i -> "/maintenance/tickets/" + i.ticket()),
            Map.entry("/maintenance/vendors/{id}", i -> "/maintenance/vendors/" + i.vendor()),
            // the national framework is the first one a fresh installation holds
            Map.entry("/development/frameworks/{id}", i -> "/development/frameworks/1"),
            Map.entry("/development/frameworks/import", i -> "/development/frameworks/import?org=" + i.district()),
            Map.entry("/development/frameworks/import/template.csv",
                    i -> "/development/frameworks/import/template.csv?org=" + i.district()),
            Map.entry("/development/programmes/new", i -> "/development/programmes/new?org=" + i.district()),
            Map.entry("/development/programmes/{id}", i -> "/development/programmes/"
                    + org.educloud.development.TrainingFixture.get().demoProgramme()),
            Map.entry("/development/programmes/{id}/edit", i -> "/development/programmes/"
                    + org.educloud.development.TrainingFixture.get().demoProgramme() + "/edit"),
            Map.entry("/development/credits/behind", i -> "/development/credits/behind?org=" + i.school()),
            Map.entry("/development/credits/requirement", i -> "/development/credits/requirement?org=" + i.district()),
            Map.entry("/development/credits/import", i -> "/development/credits/import?org=" + i.district()),
            Map.entry("/development/teachers/{teacher}/assessment", i -> "/development/teachers/" + i.account()
                    + "/assessment"),
            Map.entry("/schoolday/classes/{classId}/timetable", i -> "/schoolday/classes/" + i.classId() + "/timetable"),
            Map.entry("/schoolday/schools/{schoolId}/bells", i -> "/schoolday/schools/" + i.school() + "/bells"),
            Map.entry("/schoolday/classes/{classId}/roll", i -> "/schoolday/classes/" + i.classId() + "/roll"),
            Map.entry("/schoolday/schools/{schoolId}/attendance", i -> "/schoolday/schools/" + i.school()
                    + "/attendance"));

    /** Pages no demo account opens, and why; every other page must render for at least one of them. */
    static final Map<String, String> NOT_FOR_DEMO_ACCOUNTS = Map.of(
            "/activate", "first login of imported people, who are not logged in yet",
            "/login", "signed-in people are sent home",
            "/oidc/consent", "only for an application's pending sign-in request; OidcProviderTest consents on it",
            "/lti/auth", "only for a tool's authentication request of a launch the person started; LtiLaunchTest");

    /** Mappings that only send the reader on to a page of their own (which is checked in its own right). */
    static final Map<String, String> REDIRECTS = Map.of(
            "/equity", "to the balance page of the reader's district, or their school's",
            "/lti/links/{id}/launch", "to the tool's login initiation URL (LtiLaunchTest follows it)",
            "/learning/courses/{id}/lessons/{lessonId}/resources/{resourceId}", "to the resource's page, counted as "
                    + "opened from the lesson");
}

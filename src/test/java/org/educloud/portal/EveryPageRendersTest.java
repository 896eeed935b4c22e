package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.assessment.AssessmentFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Submissions;
import org.educloud.learning.Upload;
import org.educloud.library.ClassPushes;
import org.educloud.library.Licence;
import org.educloud.library.PushDraft;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.roster.ClassId;
import org.educloud.tenancy.Stage;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.Homework;
import org.educloud.support.TenantFixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, as every demo role and in both languages, with the demo's own data and a day of real use on top (a resource pushed to the
 * class today, photo homework handed in, graded with a marked photo and returned): no page fails to render (issue
 * 26 item 1: the classroom display answered 500 on any day something was pushed, and no test had opened it so).
 * The pages are found from the application's own mappings, so a new page is checked the day it is added; a page
 * whose path has ids needs an entry in {@link PagePaths#PAGES}, or the test says which are missing.
 */
@EduCloudTest
class EveryPageRendersTest {

    /**
     * A message argument left in the text ("{0} 分" where the number was never passed); not TeX in an item's stem
     * ({@code \frac{1}{2}}, {@code x^{7}}), where a brace follows a command's letters, another brace, ^ or _.
     */
    private static final Pattern UNFILLED_ARGUMENT = Pattern.compile("(?<![}\\\\^_a-zA-Z])\\{\\d}");

    private static final List<String> DEMO_ACCOUNTS = List.of("operator", "city.admin", "linjiang.admin",
            "qingshan.admin", "shiyan.admin", "teacher.wang", "teacher.li", "student.zhang", "parent.zhang");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterDirectory roster;
    @Autowired
    ClassPushes pushes;
    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;
    @Autowired
    Grading grading;
    @Autowired
    ResourceLibrary library;
    @Autowired
    AssessmentFixture assessment;

    /** 王老师's item, a quiz with it set to the class, and 张同学's attempt in progress. */
    private AssessmentFixture.Assessed assessed;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRendersForEveryDemoAccountWithADayOfRealUse() throws Exception {
        long assignment = aDayOfRealUse();
        Set<String> pages = pages();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> opened = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        for (String username : DEMO_ACCOUNTS) {
            PagePaths.Ids ids = ids(username, assignment);
            for (String pattern : pages) {
                Function<PagePaths.Ids, String> call = PagePaths.PAGES.get(pattern);
                if (call == null && pattern.contains("{")) {
                    unknown.add(pattern);
                    continue;
                }
                for (String language : List.of("zh_CN", "en")) {
                    String problem = visit(username, pattern, call == null ? pattern : call.apply(ids), language);
                    if (problem == null) {
                        opened.merge(pattern, 1, Integer::sum);
                    } else if (!problem.isEmpty()) {
                        failures.add(problem);
                    }
                }
            }
        }
        assertThat(unknown).as("pages with ids in their path that this test does not know how to call: add "
                + "them to PagePaths.PAGES").isEmpty();
        assertThat(failures).as("pages that failed to render").isEmpty();
        assertThat(pages).as("pages no demo account could open").filteredOn(p -> !opened.containsKey(p)
                && !PagePaths.NOT_FOR_DEMO_ACCOUNTS.containsKey(p)).isEmpty();
    }

    /**
     * Opens a page as the account: null when it rendered (or sent the reader on, where that is all it does), empty
     * when the account may not open it (4xx), else what went wrong.
     */
    private @Nullable String visit(String username, String pattern, String uri, String language) {
        String who = username + " (" + language + ") GET " + uri + ": ";
        try {
            MvcResult result = mvc.perform(get(uri).with(authentication(fixture.as(account(username))))
                    .cookie(new Cookie("educloud-lang", language))).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                return who + status;
            }
            String page = status == 200 ? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : "";
            if (page.contains("??")) {
                return who + "an untranslated message key";
            }
            Matcher unfilled = UNFILLED_ARGUMENT.matcher(page);
            if (unfilled.find()) {
                return who + "a message whose argument was not given: " + unfilled.group();
            }
            return status == 200 || status / 100 == 3 && PagePaths.REDIRECTS.containsKey(pattern) ? null : "";
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return who + cause;
        }
    }

    /** Every GET mapping of the application that renders a template. */
    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Class<?> returns = handler.getMethod().getReturnType();
            var methods = entry.getKey().getMethodsCondition().getMethods();
            boolean view = (returns == String.class || returns == ModelAndView.class)
                    && !handler.hasMethodAnnotation(ResponseBody.class)
                    && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
            if (handler.getBeanType().getPackageName().startsWith("org.educloud") && view
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                entry.getKey().getPatternValues().stream().filter(p -> !p.equals("/error")).forEach(pages::add);
            }
        }
        return pages;
    }

    /**
     * What a school's day leaves behind, on top of the demo: a resource pushed to 王老师's class for today, photo
     * homework handed in by 张同学 (a photo and a PDF), graded with a marked photo and returned, and a finished
     * balance report of the district. Answers the homework's id.
     */
    private long aDayOfRealUse() {
        Scope wang = identity.scopeOf(account("teacher.wang"));
        long classId = roster.taughtClasses(wang).getFirst().id().value();
        ResourceId resource = ResourceId.of(jdbc.sql(
                "SELECT id FROM library.resource WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
                .query(Long.class).single());
        pushes.push(wang, new PushDraft(List.of(resource), List.of(ClassId.of(classId)), LocalDate.now(), "第2节 数学",
                "先看课件，再动手折一折。"));
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(wang, new AssignmentDraft(List.of(ClassId.of(classId)), "拍照上传：分数练习纸",
                "<p>完成练习纸，拍照上传。</p>", now.minusHours(3), now.plusDays(1), BigDecimal.TEN,
                LatePolicy.ACCEPT_MARKED, true, true, List.of("jpg", "pdf"), 10, true, null, null)).getFirst();
        assignments.publish(wang, id);
        byte[] photo = Homework.worksheetPhoto();
        byte[] pdf = Homework.answerPdf("3/4 = 0.75");
        var attempt = submissions.submit(identity.scopeOf(account("student.zhang")), id, UUID.randomUUID(),
                "<p>第 4 题我画了图。</p>", List.of(new Upload("练习纸.jpg", photo.length, new ByteArrayResource(photo)),
                        new Upload("练习纸.pdf", pdf.length, new ByteArrayResource(pdf))));
        grading.grade(wang, id, attempt.studentId(),
                new GradeDraft(new BigDecimal("9"), null, "<p>第 3 题再想想。</p>"),
                new Upload("批注.jpg", photo.length, new ByteArrayResource(photo)));
        grading.release(wang, id);
        publicResource(wang);
        assessed = assessment.demo(wang, identity.scopeOf(account("student.zhang")), classId);
        long district = org("江州市临江区教育局");
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO equity.report_export (org_id, org_path, org_name, school_year, format, language,
                          status, steps_done, steps_total, requested_by, requested_by_name, requested_at,
                          heartbeat_at, started_at, finished_at, file_name, content, content_size)
                        SELECT id, path, name, '2026-2027', 'XLSX', 'zh-CN', 'DONE', 1, 1, 0, '临江区管理员', ?, ?, ?,
                          ?, '均衡报告.xlsx', ?, 7 FROM tenancy.org_node WHERE id = ?""")
                .params(at, at, at, at, "fixture".getBytes(StandardCharsets.UTF_8), district).update();
        return id.value();
    }

    /** A worksheet 王老师 shares with everyone: reviewed by the school, then by the city bureau. */
    private void publicResource(Scope wang) {
        long school = org("江州市临江区实验小学");
        byte[] pdf = Homework.answerPdf("Fractions worksheet");
        ResourceId id = library.create(wang, new ResourceDraft("分数练习纸（公开）", "<p>三年级分数的初步认识练习。</p>",
                ResourceType.EXERCISE_SET, Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "",
                "zh-CN", null, Sharing.PUBLIC, school), new ByteArrayInputStream(pdf), "分数练习纸.pdf");
        library.submit(wang, id);
        library.approve(identity.scopeOf(account("shiyan.admin")), id, null);
        library.approve(identity.scopeOf(account("city.admin")), id, null);
    }

    /** The ids one account's own links lead to: its own school, district and class; the demo's people and work. */
    private PagePaths.Ids ids(String username, long assignment) {
        boolean rural = username.equals("qingshan.admin") || username.equals("teacher.li");
        long school = org(rural ? "青山县石门乡中心小学" : "江州市临江区实验小学");
        long district = org(rural ? "江州市青山县教育局" : "江州市临江区教育局");
        long classId = roster.taughtClasses(identity.scopeOf(account(rural ? "teacher.li" : "teacher.wang")))
                .getFirst().id().value();
        long student = jdbc.sql("SELECT id FROM roster.student WHERE account_id = ?")
                .param(account("student.zhang").value()).query(Long.class).single();
        long staff = jdbc.sql("SELECT id FROM roster.staff WHERE account_id = ?")
                .param(account("teacher.wang").value()).query(Long.class).single();
        long resource = jdbc.sql("SELECT resource_id FROM library.class_push ORDER BY id LIMIT 1").query(Long.class)
                .single();
        long openResource = jdbc.sql("SELECT max(id) FROM library.resource WHERE share_path = '/' "
                + "AND status = 'PUBLISHED'").query(Long.class).single();
        long course = jdbc.sql("SELECT id FROM learning.course ORDER BY id LIMIT 1").query(Long.class).single();
        long unit = jdbc.sql("SELECT id FROM learning.course_unit WHERE course_id = ? ORDER BY id LIMIT 1")
                .param(course).query(Long.class).single();
        long[] lesson = jdbc.sql("SELECT id, resource_ids[1] FROM learning.lesson WHERE course_id = ? "
                        + "AND cardinality(resource_ids) > 0 ORDER BY id LIMIT 1").param(course)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long export = jdbc.sql("SELECT max(id) FROM equity.report_export WHERE org_id = ?").param(org(
                "江州市临江区教育局")).query(Long.class).single();
        long importRun = jdbc.sql("SELECT id FROM roster.import_run WHERE school_id = ? ORDER BY id LIMIT 1")
                .param(school).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT min(id) FROM roster.import_run").query(Long.class).single());
        return new PagePaths.Ids(school, district, classId, student, staff, account("teacher.wang").value(), resource, openResource, course,
                unit, lesson[0], lesson[1], assignment, export, importRun, assessed.itemId(), assessed.quizId(),
                assessed.attemptId(),
                jdbc.sql("SELECT id FROM library.knowledge_point WHERE code = 'MA-P-FRA-CALC' ORDER BY id LIMIT 1")
                        .query(Long.class).single(),
                // 张同学's finished attempt at the demo quiz, which her parent may read
                jdbc.sql("SELECT a.id FROM assessment.attempt a JOIN roster.student s ON s.id = a.student_id "
                                + "WHERE s.account_id = ? AND a.status <> 'IN_PROGRESS' ORDER BY a.id LIMIT 1")
                        .param(account("student.zhang").value()).query(Long.class).optional()
                        .orElse(assessed.attemptId()),
                jdbc.sql("SELECT min(id) FROM maintenance.equipment WHERE school_id = ?").param(school)
                        .query(Long.class).single(),
                jdbc.sql("SELECT min(id) FROM maintenance.knowledge_article WHERE owner_id = ?").param(district)
                        .query(Long.class).single(),
                jdbc.sql("SELECT coalesce(min(id), 0) FROM maintenance.ticket WHERE school_id = ?").param(school)
                        .query(Long.class).single(),
                jdbc.sql("SELECT coalesce(min(v.id), 0) FROM maintenance.vendor v WHERE v.district_id = ?")
                        .param(district).query(Long.class).single());
    }

    private UserId account(String username) {
        return new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?").param(username)
                .query(Long.class).single());
    }

    private long org(String name) {
        return jdbc.sql("SELECT id FROM tenancy.org_node WHERE name = ?").param(name).query(Long.class).single();
    }
}

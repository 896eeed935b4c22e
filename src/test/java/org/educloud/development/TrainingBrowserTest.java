package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.CourseForm;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.UnitId;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 32's journey in a real headless Chromium: a teacher assesses themselves (weak in dimension 2), so the
 * district's programme for that gap opens to them; they join it, learn its course on the course page, the programme
 * completes, and the certificate they download is a PDF. Screenshots in target/screenshots.
 */
@EduCloudTest
class TrainingBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    TenantFixture fixture;
    @Autowired
    Courses courses;
    @Autowired
    RunningProgrammes running;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeacherSelfAssessesJoinsTheProgrammeForTheirGapCompletesItAndDownloadsTheCertificate() {
        String marker = "浏览器研修" + System.nanoTime() % 100000;
        UserId teacher = schoolday.newTeacherWithAccount(fixture.a(), "浏览器学员").account();
        long programme = programmeWithACourse(marker);

        logIn(identity.self(teacher).username());
        browser.get(url("/development/programmes"));
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(marker);

        browser.get(url("/development/assessment"));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('#rate fieldset.levels').forEach(f => f.querySelector('input[type=radio]').click())");
        HeadlessChromium.screenshot(browser, "development-teacher-self-assesses");
        clickAndWait(browser.findElement(By.cssSelector("#rate button[type=submit]")));

        browser.get(url("/development/programmes"));
        clickAndWait(browser.findElement(By.linkText(marker)));
        HeadlessChromium.screenshot(browser, "development-teacher-sees-programme");
        clickAndWait(browser.findElement(By.id("join")));
        assertThat(browser.findElement(By.id("progress")).isDisplayed()).isTrue();
        HeadlessChromium.screenshot(browser, "development-teacher-joined");

        clickAndWait(browser.findElement(By.cssSelector("#programme-courses a")));
        HeadlessChromium.screenshot(browser, "development-teacher-learns-course");
        List<WebElement> marks;
        while (!(marks = browser.findElements(By.cssSelector("form[action$='/done'] button"))).isEmpty()) {
            clickAndWait(marks.getFirst());
        }

        browser.get(url("/development/programmes/" + programme));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            if (b.findElements(By.id("certificate")).isEmpty()) {
                b.navigate().refresh();
                return false;
            }
            return true;
        });
        HeadlessChromium.screenshot(browser, "development-teacher-completed");
        String href = browser.findElement(By.id("certificate")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({status: r.status, type: r.headers.get('Content-Type'), head: String.fromCharCode(...bytes.slice(0, 5)),
                          size: bytes.length});
                });""", href);
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat(pdf.get("head")).isEqualTo("%PDF-");
        assertThat((Long) pdf.get("size")).isGreaterThan(1000L);
    }

    /** The district's programme for teachers weak in dimension 2, completed by one course of one lesson. */
    private long programmeWithACourse(String marker) {
        SchooldayFixture.Teacher author = schoolday.newTeacherWithAccount(fixture.a(), "课程作者");
        schoolday.newClass(fixture.a(), "研修班", author.staffId());
        Scope scope = identity.scopeOf(author.account());
        CourseId course = courses.create(scope, new CourseDraft(marker + "课程", "<p>研修课程</p>", null, null,
                CourseSharing.DISTRICT));
        UnitId unit = courses.addUnit(scope, course, "第一单元");
        courses.addLesson(scope, course, unit, new LessonDraft("数字化教学资源的检索与评价", "<p>读一读</p>", List.of(), null));
        courses.publish(scope, course);
        Scope district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        long id = running.create(district, fixture.a().district().id(), new ProgrammeForm(marker, "面向数字化知识与技能薄弱的教师",
                new BigDecimal("6"), CompletionRule.ALL_SESSIONS, null, null, null, null, null, "2", new BigDecimal("2.5")));
        running.addCourse(district, id, new CourseForm(course.value(), new BigDecimal("6")));
        return id;
    }

    private void logIn(String username) {
        HeadlessChromium.logIn(browser, url(""), username, TenantFixture.PASSWORD);
    }

    private void clickAndWait(WebElement button) {
        HeadlessChromium.clickAndWait(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

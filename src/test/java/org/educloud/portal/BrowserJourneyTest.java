package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.LatePolicy;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The flows people use most, in a real headless Chromium: a teacher and a district admin log in and find their
 * way; a student hands in, the teacher grades, the parent reads the feedback. Screenshots land in
 * target/screenshots for a person to look at.
 */
@EduCloudTest
class BrowserJourneyTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterDirectory roster;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    /** A test that failed half-way must not leave the next one logged in as somebody else. */
    @AfterEach
    void forgetTheSession() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeacherLogsInAndSeesTheirSchool() throws IOException {
        logIn("teacher.wang");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("王老师");
        assertThat(browser.getPageSource()).contains("江州市临江区实验小学");
        screenshot("teacher-home");
        logOut();
    }

    @Test
    void aDistrictAdminFindsTheRuralSchoolsOfTheirDistrict() throws IOException {
        logIn("qingshan.admin");
        screenshot("district-admin-home");
        browser.get(url("/orgs"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("locality"))).selectByValue("RURAL");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "青山县实验小学")));
        String results = browser.findElement(By.id("results")).getText();
        assertThat(results).contains("青山县石门乡中心小学").doesNotContain("临江区");
        screenshot("district-admin-rural-schools");
        logOut();
    }

    @Test
    void aCityAdminRegistersAOneRosterClientAndSeesItsSecretOnce() throws IOException {
        logIn("city.admin");
        // both clicks navigate: wait for the next page rather than racing it
        clickAndWait(fromNavigation("/admin/integrations"));
        browser.findElement(By.id("name")).sendKeys("区教育数据中心");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/admin/integrations'] button[type=submit]")));
        String secret = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("client-secret"))).getText();
        assertThat(secret).startsWith("ecsec_");
        screenshot("city-admin-integration-registered");
        browser.get(url("/admin/integrations"));
        assertThat(browser.getPageSource()).contains("区教育数据中心").doesNotContain(secret);
        logOut();
    }

    @Test
    void aStudentHandsInTheTeacherGradesAndReturnsItAndTheParentSeesTheFeedback() throws IOException {
        long id = todaysAssignment();
        logIn("student.zhang");
        browser.get(url("/learning/assignments/" + id));
        browser.findElement(By.id("answer")).sendKeys("3/4 就是把一个整体平均分成 4 份，涂其中的 3 份。");
        screenshot("student-assignment");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/submissions'] button[type=submit]")));
        screenshot("student-receipt");
        assertThat(browser.findElement(By.id("main")).getText()).contains("3/4 就是");
        logOut();

        logIn("teacher.wang");
        browser.get(url("/learning/assignments/" + id + "/grading"));
        browser.findElement(By.id("score")).sendKeys("9");
        browser.findElement(By.id("feedback")).sendKeys("说得很清楚，再画一幅图会更好。");
        screenshot("teacher-grading");
        clickAndWait(browser.findElement(By.cssSelector("form[action*='/grades/'] button[type=submit]")));
        browser.get(url("/learning/assignments/" + id));
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/release'] button")));
        screenshot("teacher-released");
        logOut();

        logIn("parent.zhang");
        browser.get(url("/learning/assignments/" + id));
        assertThat(browser.getPageSource()).contains("说得很清楚").contains("3/4 就是");
        screenshot("parent-sees-feedback");
        logOut();
    }

    @Test
    void aDistrictAdminOpensTheBalanceDashboardOfTheirCounty() throws IOException {
        logIn("qingshan.admin");
        fromNavigation("/equity").click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/equity/balance"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".chart canvas")));
        assertThat(browser.findElement(By.id("compliance")).getText()).contains("青山县石门乡中心小学")
                .doesNotContain("临江区");
        assertThat(browser.findElement(By.id("excluded")).getText()).contains("柳坪教学点");
        screenshot("district-equity-dashboard");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.cssSelector(".chart-grid")));
        screenshot("district-equity-charts");

        browser.get(browser.getCurrentUrl().replace("stage=PRIMARY", "") + "&stage=JUNIOR");
        assertThat(browser.findElement(By.id("incomplete")).getText()).contains("青山县白沙镇中学");
        screenshot("district-equity-dashboard-junior");

        browser.findElement(By.cssSelector("a[href*='/equity/digital']")).click();
        assertThat(browser.findElement(By.id("spread")).getText()).contains("基尼系数");
        assertThat(browser.findElement(By.id("digital-schools")).getText()).contains("青山县石门乡中心小学");
        screenshot("district-digital-equity");
        logOut();
    }

    /** A fresh assignment for 王老师's class, so the demo's own work stays as the demo shows it. */
    private long todaysAssignment() {
        Scope teacher = identity.scopeOf(new UserId(jdbc.sql(
                "SELECT id FROM identity.account WHERE username = 'teacher.wang'").query(Long.class).single()));
        long classId = roster.taughtClasses(teacher).getFirst().id().value();
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(teacher, new AssignmentDraft(List.of(ClassId.of(classId)), "说一说：四分之三（浏览器测试）",
                "<p>用一句话说说什么是四分之三。</p>", now.minusHours(1), now.plusDays(1), BigDecimal.TEN,
                LatePolicy.ACCEPT, true, false, null, 5, true, null, null)).getFirst();
        assignments.publish(teacher, id);
        return id.value();
    }

    private void logIn(String username) {
        HeadlessChromium.logIn(browser, url(""), username, "EduCloud2026");
    }

    /** A link of the main navigation, its task group's menu opened first when it is in one. */
    private WebElement fromNavigation(String href) {
        WebElement link = browser.findElement(By.cssSelector("#mainnav a[href$='" + href + "']"));
        if (!link.isDisplayed()) {
            String menu = link.findElement(By.xpath("./ancestor::ul[1]")).getAttribute("id");
            browser.findElement(By.cssSelector("[aria-controls='" + menu + "']")).click();
        }
        return link;
    }

    private void clickAndWait(WebElement button) {
        HeadlessChromium.clickAndWait(browser, button);
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}

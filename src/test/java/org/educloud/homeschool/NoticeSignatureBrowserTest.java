package org.educloud.homeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A notice that asks parents to sign (家长签字), in a real headless Chromium: the head teacher writes it on a desktop,
 * one parent signs it on a phone, and the teacher's receipts then show that family signed and the other still waits.
 * Screenshots in target/screenshots/notice-*.png.
 */
@EduCloudTest
class NoticeSignatureBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    IdentityManagement identity;

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

    @AfterEach
    void forgetTheSession() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
    }

    @Test
    void aTeachersNoticeIsSignedByAParentOnAPhoneAndTheTeacherSeesWhoReadAndSigned() {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, "班主任周老师");
        UserId signing = schoolday.newParent(a);
        UserId silent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "签字班", teacher.staffId());
        schoolday.newStudent(a, schoolClass, "孙小禾", signing);
        schoolday.newStudent(a, schoolClass, "李小山", silent);
        String title = "秋游安全告知书" + System.nanoTime() % 100000;

        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        logIn(teacher.account());
        browser.get(url("/homeschool/notices/new"));
        browser.findElement(By.cssSelector("input[name=classIds][value='" + schoolClass + "']")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys("本周五秋游，请家长阅读安全须知后签字。");
        new Select(browser.findElement(By.id("replyKind"))).selectByValue("SIGNATURE");
        HeadlessChromium.screenshot(browser, "notice-1-teacher-writes-signature-notice");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/homeschool/notices'] button[type=submit]")));
        String noticeUrl = browser.getCurrentUrl();
        assertThat(noticeUrl).matches(".*/homeschool/notices/\\d+$");
        assertThat(main()).contains("孙小禾").contains("李小山").contains("未读");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn(signing);
        browser.get(url("/homeschool/notices"));
        clickAndWait(browser.findElement(By.linkText(title)));
        browser.findElement(By.id("signature")).sendKeys("孙爸爸");
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "notice-2-parent-signs-phone");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")));
        assertThat(main()).contains("孙爸爸");
        HeadlessChromium.screenshot(browser, "notice-3-parent-signed-phone");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        logIn(teacher.account());
        browser.get(noticeUrl);
        WebElement signed = row("孙小禾");
        assertThat(signed.getText()).contains("已回复").contains("孙爸爸");
        assertThat(row("李小山").getText()).contains("未读").doesNotContain("已回复");
        assertThat(main()).contains("共 2 名学生，1 个家庭已读，1 个家庭已回复");
        HeadlessChromium.screenshot(browser, "notice-4-teacher-sees-receipts");
    }

    private WebElement row(String student) {
        return browser.findElement(By.xpath("//tr[td[1][normalize-space(.)='" + student + "']]"));
    }

    private String main() {
        return browser.findElement(By.id("main")).getText();
    }

    private void assertNoSidewaysScrolling() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(fits).as("the page is no wider than the screen").isEqualTo(true);
    }

    private void logIn(UserId account) {
        String username = identity.usernames(List.of(account)).get(account);
        HeadlessChromium.logIn(browser, url(""), username, TenantFixture.PASSWORD);
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private void clickAndWait(WebElement button) {
        HeadlessChromium.clickAndWait(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

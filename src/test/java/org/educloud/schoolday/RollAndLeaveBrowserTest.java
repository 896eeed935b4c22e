package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.educloud.identity.IdentityManagement;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The morning roll as issue 33 tells it, in a real headless Chromium on a phone-sized screen: the head teacher opens
 * today's roll (everyone present), marks one child absent and saves; that child's parent finds the absence notice in
 * the bell, asks leave for the day, the head teacher approves it, and the parent sees it approved. Screenshots in
 * target/screenshots/roll-*.png.
 */
@EduCloudTest
class RollAndLeaveBrowserTest {

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
    }

    @Test
    void theHeadTeacherTakesTheRollOnAPhoneAndTheParentOfTheAbsentChildAsksLeaveThatIsApproved() {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher head = schoolday.newTeacherWithAccount(a, "班主任刘老师");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "晨检班", head.staffId());
        long absent = schoolday.newStudent(a, schoolClass, "赵小雨", parent);
        long present = schoolday.newStudent(a, schoolClass, "钱小川", null);
        browser.manage().window().setSize(HeadlessChromium.PHONE);

        logIn(head.account());
        browser.get(url("/schoolday/attendance"));
        WebElement rollLink = browser.findElement(By.cssSelector(
                "a[href*='/schoolday/classes/" + schoolClass + "/roll'][href*='period=0']"));
        clickAndWait(rollLink);
        assertThat(checkedMark(absent)).as("everyone present by default").isEqualTo("PRESENT");
        assertThat(checkedMark(present)).isEqualTo("PRESENT");
        browser.findElement(By.xpath("//input[@name='mark_" + absent + "' and @value='ABSENT']/parent::label")).click();
        assertThat(checkedMark(absent)).isEqualTo("ABSENT");
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "roll-1-head-teacher-marks-one-absent-phone");
        clickAndWait(browser.findElement(By.id("save-roll")));
        assertThat(browser.findElement(By.id("roll-saved")).getText()).contains("1");
        assertThat(checkedMark(absent)).as("the saved roll shows the absence").isEqualTo("ABSENT");
        assertThat(checkedMark(present)).isEqualTo("PRESENT");
        HeadlessChromium.screenshot(browser, "roll-2-saved-parents-told-phone");
        logOut();

        logIn(parent);
        browser.get(url("/learning/notifications"));
        assertThat(main()).as("the bell tells of the absence the same day").contains("缺勤").contains("赵小雨");
        HeadlessChromium.screenshot(browser, "roll-3-parent-sees-absence-notice-phone");
        browser.get(url("/schoolday/attendance"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("缺勤");
        browser.findElement(By.id("reason")).sendKeys("发烧，在家休息");
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "roll-4-parent-asks-leave-phone");
        clickAndWait(browser.findElement(By.cssSelector("#leave-form button[type=submit]")));
        assertThat(main()).contains("发烧，在家休息").contains("待审批");
        logOut();

        logIn(head.account());
        browser.get(url("/schoolday/attendance"));
        WebElement waiting = browser.findElement(By.id("waiting-leave"));
        assertThat(waiting.getText()).contains("赵小雨").contains("发烧，在家休息");
        HeadlessChromium.screenshot(browser, "roll-5-head-teacher-sees-request-phone");
        clickAndWait(waiting.findElement(By.cssSelector("form input[name=approve][value=true] ~ button")));
        assertThat(browser.findElements(By.id("waiting-leave"))).as("nothing waits any more").isEmpty();
        logOut();

        logIn(parent);
        browser.get(url("/schoolday/attendance"));
        assertThat(main()).contains("已批准").doesNotContain("待审批");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})",
                browser.findElement(By.xpath("//span[contains(@class,'badge') and normalize-space(.)='已批准']")));
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "roll-6-parent-sees-leave-approved-phone");
    }

    private String checkedMark(long student) {
        return browser.findElements(By.cssSelector("input[name=mark_" + student + "]")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).findFirst().orElse("");
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

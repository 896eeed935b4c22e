package org.educloud.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.Homework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fault from a phone to its fix in a real headless Chromium: 王老师 reports a broken switch with a photo on his
 * phone; the school's IT (孙丽) escalates it; 临江区 assigns the demo vendor 恒信; 何工 (vendor.hx) resolves it on
 * his phone; 王老师 confirms the fix and rates it. Screenshots in target/screenshots.
 */
@EduCloudTest
class TicketBrowserTest {

    /** Files the test hands to the import; removed after each test. */
    @TempDir
    Path temp;

    private static WebDriver browser;

    @LocalServerPort
    int port;

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
    void aFaultReportedFromAPhoneIsAssignedToAVendorResolvedAndConfirmedByTheSchool() throws IOException {
        String title = "机房交换机断电" + System.nanoTime() % 100000;
        Path photo = Files.write(Files.createTempFile(temp, "switch", ".jpg"), Homework.worksheetPhoto());

        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn("teacher.wang");
        browser.get(url("/maintenance/tickets/new"));
        WebElement photos = browser.findElement(By.id("photos"));
        assertThat(photos.getAttribute("accept")).isEqualTo("image/*");
        assertThat(photos.getAttribute("capture")).isNotNull();
        browser.findElement(By.cssSelector("input[name=kind][value=NETWORK]")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("location")).sendKeys("二楼计算机教室");
        browser.findElement(By.id("description")).sendKeys("交换机指示灯全灭，整间机房断网。");
        photos.sendKeys(photo.toAbsolutePath().toString());
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "tickets-1-teacher-reports-on-phone");
        clickAndWait(browser.findElement(By.id("report-submit")));
        String ticketUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(ticketUrl).matches(".*/maintenance/tickets/\\d+$");
        assertThat(status()).isEqualTo("待受理");
        Object shown = ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('img.ticket-photo'); return img.complete && img.naturalWidth > 0;");
        assertThat(shown).as("the photo is shown").isEqualTo(true);
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "tickets-2-reported-with-photo-phone");
        logOut();

        logIn("shiyan.admin");
        browser.get(ticketUrl);
        clickAndWait(browser.findElement(By.id("step-ESCALATE")));
        assertThat(status()).isEqualTo("已上报区县");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        logIn("linjiang.admin");
        browser.get(ticketUrl);
        new Select(browser.findElement(By.id("vendorId"))).selectByVisibleText(
                browser.findElement(By.xpath("//select[@id='vendorId']/option[contains(., '恒信')]")).getText());
        clickAndWait(browser.findElement(By.id("step-ASSIGN")));
        assertThat(status()).isEqualTo("服务商处理中");
        assertThat(browser.findElement(By.id("ticket-vendor")).getText()).contains("恒信");
        HeadlessChromium.screenshot(browser, "tickets-3-district-assigns-vendor");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn("vendor.hx");
        browser.get(url("/maintenance/tickets"));
        assertThat(browser.findElement(By.id("main")).getText()).contains(title);
        browser.get(ticketUrl);
        browser.findElement(By.id("resolve-note")).sendKeys("更换交换机电源适配器，全部端口恢复。");
        clickAndWait(browser.findElement(By.id("step-RESOLVE")));
        assertThat(status()).isEqualTo("已解决待确认");
        HeadlessChromium.screenshot(browser, "tickets-4-vendor-resolves-on-phone");
        logOut();

        logIn("teacher.wang");
        browser.get(ticketUrl);
        clickAndWait(browser.findElement(By.id("step-CONFIRM")));
        assertThat(status()).isEqualTo("已确认关闭");
        browser.findElement(By.id("stars-5")).click();
        browser.findElement(By.id("rating-comment")).sendKeys("修得很快。");
        clickAndWait(browser.findElement(By.id("rate-submit")));
        assertThat(browser.findElement(By.id("ticket-rating")).getText()).contains("5");
        assertThat(browser.findElement(By.id("main")).getText()).contains("更换交换机电源适配器");
        HeadlessChromium.screenshot(browser, "tickets-5-school-confirms-and-rates-phone");
        logOut();
    }

    private String status() {
        return browser.findElement(By.id("ticket-status")).getText();
    }

    private void assertNoSidewaysScrolling() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(fits).as("the page is no wider than the screen").isEqualTo(true);
    }

    private void logIn(String username) {
        HeadlessChromium.logIn(browser, url(""), username, "EduCloud2026");
    }

    private void logOut() {
        WebElement button = browser.findElement(By.cssSelector("form[action$='/logout'] button"));
        if (!button.isDisplayed()) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].closest('form').submit()", button);
        } else {
            button.click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private void clickAndWait(WebElement button) {
        HeadlessChromium.clickAndWait(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admin homes with their to-dos, the navigation by role on a desktop (1366×900) and a phone (390×844), and the
 * admin and student pages whose tables used to squeeze, in a real headless Chromium. Screenshots of every page land
 * in target/screenshots (names ending in -desktop or -phone) for a person to look at.
 */
@EduCloudTest
class AdminHomeAndPhoneBrowserTest {

    private static final Dimension DESKTOP = HeadlessChromium.DESKTOP;
    private static final Dimension PHONE = HeadlessChromium.PHONE;

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("--hide-scrollbars");
    }

    @AfterEach
    void forgetTheSession() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
            viewport(DESKTOP);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCountyAdminsHomeStartsWithTheirToDosEachALinkToWhereTheWorkIsDone() throws IOException {
        logIn("qingshan.admin");
        WebElement todos = browser.findElement(By.id("todos"));
        assertThat(todos.getLocation().getY()).as("the to-dos come before the figures and places")
                .isLessThan(browser.findElement(By.cssSelector("section.grid")).getLocation().getY());
        WebElement surveys = browser.findElement(By.id("todo-surveys"));
        assertThat(surveys.getText()).contains("青山县白沙镇中学", "待确认");
        // 白沙镇中学's survey is still missing, and the line says so beside the county's verdict
        assertThat(browser.findElement(By.id("todo-balance")).getText()).contains("青山县", "1 所学校的调查尚未确认");
        shoot("admin-home-county");
        surveys.findElement(By.partialLinkText("青山县白沙镇中学")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/equity/surveys/"));
        assertThat(browser.getPageSource()).contains("青山县白沙镇中学");

        browser.get(url("/home"));
        browser.findElement(By.id("todo-balance")).findElement(By.cssSelector("a[href*='/equity/balance']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/equity/balance"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".chart canvas")));
        shoot("equity-balance");
        logOut();
    }

    @Test
    void aSchoolAdminAndACityAdminEachSeeTheirOwnToDos() throws IOException {
        logIn("shiyan.admin");
        assertThat(browser.findElement(By.id("todo-balance")).getText()).contains("江州市临江区实验小学")
                .containsAnyOf("本校达标", "本校未达标", "本校未计入");
        shoot("admin-home-school");
        logOut();
        logIn("city.admin");
        assertThat(browser.findElement(By.id("todo-balance")).getText()).contains("临江区", "青山县");
        shoot("admin-home-city");
        logOut();
    }

    @Test
    void theTaskGroupsOpenByKeyboardAndTellWhetherTheyAreOpen() throws IOException {
        logIn("shiyan.admin");
        WebElement system = browser.findElement(By.xpath("//button[@class='navgroup-toggle'][span='系统']"));
        WebElement menu = browser.findElement(By.id(system.getAttribute("aria-controls")));
        assertThat(menu.isDisplayed()).isFalse();
        system.sendKeys(Keys.ENTER);
        assertThat(system.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getText()).contains("审计日志", "系统对接");
        shoot("admin-menu-open");
        menu.findElement(By.linkText("审计日志")).sendKeys(Keys.ESCAPE);
        assertThat(system.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(system);

        system.sendKeys(Keys.ENTER);
        system.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(menu.isDisplayed()).as("tabbing within the menu keeps it open").isTrue();
        // past the menu's last link: from the second link, one tab per remaining link and one more
        int links = menu.findElements(By.tagName("a")).size();
        for (int i = 1; i < links; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("我的账号");
        assertThat(system.getAttribute("aria-expanded")).as("tabbing out of the menu closes it").isEqualTo("false");

        WebElement teaching = browser.findElement(By.xpath("//button[@class='navgroup-toggle'][span='教学']"));
        teaching.click();
        system.click();
        assertThat(teaching.getAttribute("aria-expanded")).as("one menu at a time").isEqualTo("false");
        browser.findElement(By.cssSelector("footer")).click();
        assertThat(system.getAttribute("aria-expanded")).as("a click elsewhere closes it").isEqualTo("false");
        logOut();
    }

    @Test
    void onAPhoneTheNavigationIsOneMenuButtonNotRowsOfLinks() throws IOException {
        viewport(PHONE);
        logIn("shiyan.admin");
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement nav = browser.findElement(By.id("mainnav"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(nav.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".topbar")).getSize().getHeight()).as("a compact bar")
                .isLessThan(120);
        shoot("admin-home-county-phone-closed");
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(nav.isDisplayed()).isTrue();
        WebElement management = browser.findElement(By.xpath("//button[@class='navgroup-toggle'][span='学校管理']"));
        management.click();
        assertThat(browser.findElement(By.id(management.getAttribute("aria-controls"))).getText())
                .contains("组织机构", "教职工", "账号管理");
        shoot("admin-menu");
        browser.findElement(By.linkText("账号管理")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/admin/accounts"));
        logOut();
    }

    @Test
    void theAdminScreensSpeakChineseAndTheirTablesDoNotSqueeze() throws IOException {
        logIn("linjiang.admin");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            viewport(size);
            browser.get(url("/admin/audit"));
            String audit = browser.findElement(By.id("results")).getText();
            assertThat(audit).contains("成功").doesNotContain("SUCCESS");
            assertNoCellSqueezed();
            shoot("admin-audit", size);
            browser.get(url("/admin/records"));
            assertThat(browser.findElement(By.id("results")).getText()).doesNotContain("person:");
            assertNoCellSqueezed();
            shoot("admin-records", size);
        }
        logOut();
    }

    @Test
    void aStudentsPagesFitAPhoneWithoutBadgesWrappingOrTokens() throws IOException {
        viewport(PHONE);
        logIn("student.zhang");
        assertThat(browser.findElements(By.cssSelector("a[href$='/account/tokens']"))).isEmpty();
        shoot("student-home-phone");
        browser.findElement(By.cssSelector(".menu-toggle")).click();
        WebElement nav = browser.findElement(By.id("mainnav"));
        assertThat(nav.getText()).doesNotContain("组织机构", "学校管理");
        shoot("student-menu-phone");
        browser.get(url("/learning/assignments"));
        for (WebElement badge : browser.findElements(By.cssSelector("main .badge"))) {
            assertThat(badge.getSize().getHeight()).as("badge %s on one line", badge.getText()).isLessThan(32);
        }
        assertNoCellSqueezed();
        shoot("student-assignments-phone");
        browser.get(url("/account/tokens"));
        assertThat(browser.findElement(By.id("tokens-staff-only")).isDisplayed()).isTrue();
        shoot("student-tokens-phone");
        logOut();
    }

    @Test
    void theCountysEquityTablesAndChartsFitAPhone() throws IOException {
        viewport(PHONE);
        logIn("qingshan.admin");
        shoot("admin-home-county-phone");
        browser.get(url("/equity"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".chart canvas")));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("nothing sticks out of the phone's width; wide tables scroll inside").isLessThanOrEqualTo(1L);
        for (WebElement chart : browser.findElements(By.cssSelector(".chart"))) {
            assertThat(chart.getSize().getWidth()).isLessThanOrEqualTo(PHONE.getWidth());
        }
        shoot("equity-balance-phone");
        logOut();
    }

    /** No table cell shows text one character per line: a cell of text is at least two characters wide. */
    private void assertNoCellSqueezed() {
        Object narrow = ((JavascriptExecutor) browser).executeScript("""
                var bad = [];
                document.querySelectorAll('main td, main th').forEach(function (cell) {
                  var text = cell.innerText.trim();
                  var size = parseFloat(getComputedStyle(cell).fontSize);
                  var inner = cell.clientWidth - parseFloat(getComputedStyle(cell).paddingLeft)
                      - parseFloat(getComputedStyle(cell).paddingRight);
                  if (text.length > 2 && /[\\u4e00-\\u9fff]{3}/.test(text) && inner < size * 1.9) {
                    bad.push(text);
                  }
                });
                return bad.join(' | ');""");
        assertThat((String) narrow).as("cells squeezed to one character per line").isEmpty();
    }

    private void logIn(String username) {
        HeadlessChromium.logIn(browser, url(""), username, "EduCloud2026");
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Dimension viewport = DESKTOP;

    /** Emulates the screen: a phone is 390 CSS pixels wide whatever the smallest window Chromium allows. */
    private void viewport(Dimension size) {
        viewport = size;
        metrics(size.getWidth(), size.getHeight());
    }

    private void metrics(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void shoot(String name) throws IOException {
        shoot(name, viewport);
    }

    private void shoot(String name, Dimension size) throws IOException {
        String file = name.endsWith("-phone") || name.contains("-phone-") ? name
                : name + (size.getWidth() < 600 ? "-phone" : "-desktop");
        // the whole page: the screen is made as tall as the page for the picture, then put back
        Long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        metrics(size.getWidth(), (int) Math.clamp(height, size.getHeight(), 5000));
        try {
            HeadlessChromium.screenshot(browser, file);
        } finally {
            metrics(size.getWidth(), size.getHeight());
        }
    }
}

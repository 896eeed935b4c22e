package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The flows people use most, in a real headless Chromium: a teacher and a district admin log in and find their
 * way. Screenshots land in target/screenshots for a person to look at.
 */
@EduCloudTest
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (see .ci/run)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
        browser.findElement(By.cssSelector("a[href$='/admin/integrations']")).click();
        browser.findElement(By.id("name")).sendKeys("区教育数据中心");
        browser.findElement(By.cssSelector("form[action$='/admin/integrations'] button[type=submit]")).click();
        String secret = browser.findElement(By.id("client-secret")).getText();
        assertThat(secret).startsWith("ecsec_");
        screenshot("city-admin-integration-registered");
        browser.get(url("/admin/integrations"));
        assertThat(browser.getPageSource()).contains("区教育数据中心").doesNotContain(secret);
        logOut();
    }

    private void logIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("EduCloud2026");
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/home"));
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}

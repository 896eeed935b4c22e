package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor and a teacher find resources the way the national platform taught them: the portal's open resources →
 * browse by textbook → a volume → a unit → a resource; a teacher does the same inside the library. Screenshots on a
 * desktop and a phone land in target/screenshots.
 */
@EduCloudTest
class TextbookBrowsingBrowserTest {


    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void forgetTheSession() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorBrowsesTheOpenResourcesByVolumeUnitAndLesson() throws IOException {
        browser.get(url("/"));
        click(By.cssSelector("a[href$='/open/curriculum']"));
        click(By.linkText("三年级上册"));
        click(By.linkText("8 分数的初步认识"));
        assertThat(browser.findElement(By.id("shelf")).getText())
                .contains("Fractions worksheet: halves, thirds and quarters 分数双语练习")
                .doesNotContain("分数的初步认识——几分之一（课件）");
        screenshot("open-curriculum-unit-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("open-curriculum-unit-phone");
        click(By.partialLinkText("Fractions worksheet"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Fractions worksheet");
    }

    @Test
    void aTeacherFollowsAKnowledgePointToTheResourcesTaggedWithIt() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("teacher.wang");
        browser.findElement(By.id("password")).sendKeys("EduCloud2026");
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/home"));
        browser.get(url("/library"));
        click(By.id("browse-by-textbook"));
        click(By.linkText("几分之几"));
        String shelf = browser.findElement(By.id("shelf")).getText();
        assertThat(shelf).contains("几分之几 教学设计").contains("分数圆片图：二分之一、三分之一、四分之三");
        screenshot("library-curriculum-point-desktop");
        click(By.linkText("三年级下册"));
        screenshot("library-curriculum-volume-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("library-curriculum-volume-phone");
    }

    private void click(By what) {
        var element = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(what));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}

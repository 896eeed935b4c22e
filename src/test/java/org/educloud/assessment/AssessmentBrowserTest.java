package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.ItemType;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.AfterAll;
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
 * A quiz from end to end in a real headless Chromium: 王老师 builds it from two of his items and sets it to his
 * class; 张同学 takes it on a phone, reloads half-way and finds his answers still there, submits; the teacher sees
 * the result. Screenshots in target/screenshots.
 */
@EduCloudTest
class AssessmentBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ItemBank bank;
    @Autowired
    Curriculum curriculum;
    @Autowired
    JdbcClient jdbc;

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
    void aTeacherSetsAQuizAStudentTakesItOnAPhoneAndTheTeacherSeesTheResult() {
        String marker = "浏览器测验" + System.nanoTime() % 100000;
        twoItems(marker);

        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn("teacher.wang");
        browser.get(url("/assessment/items/new?type=FILL_BLANK"));
        assertThat(browser.findElement(By.cssSelector("[data-types='FILL_BLANK']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-types='SINGLE_CHOICE MULTIPLE_CHOICE']")).isDisplayed()).isFalse();
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "assessment-teacher-item-form-phone");
        // the editor: the toolbar's fraction button writes LaTeX into the stem, the preview typesets it
        WebElement stem = browser.findElement(By.id("stem"));
        stem.sendKeys("四分之三写作 ");
        WebElement fraction = browser.findElement(By.cssSelector(".rich-toolbar [data-formula='fraction']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", fraction);
        fraction.click();
        assertThat(stem.getAttribute("value")).isEqualTo("四分之三写作 \\(\\frac{3}{4}\\)");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> !b.findElements(By.cssSelector("#item-preview .stem .katex")).isEmpty());
        assertNoSidewaysScrolling();
        HeadlessChromium.screenshot(browser, "assessment-teacher-item-editor-preview-phone");

        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        browser.get(url("/assessment/quizzes/new"));
        browser.findElement(By.id("title")).sendKeys(marker);
        browser.findElement(By.id("picker-filter")).sendKeys(marker);
        List<WebElement> picks = browser.findElements(By.cssSelector(".pick[data-text*='" + marker + "'] input[type=checkbox]"));
        assertThat(picks).hasSize(2);
        picks.forEach(WebElement::click);
        HeadlessChromium.screenshot(browser, "assessment-teacher-builds-quiz");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/assessment/quizzes'] button[type=submit]")));
        String quizUrl = browser.getCurrentUrl();
        assertThat(quizUrl).matches(".*/assessment/quizzes/\\d+$");
        WebElement classBox = browser.findElement(By.cssSelector("input[name=classIds]"));
        if (!classBox.isSelected()) {
            classBox.click();
        }
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/classes'] button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("已布置");
        HeadlessChromium.screenshot(browser, "assessment-teacher-quiz-set");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn("student.zhang");
        browser.get(url("/assessment/my"));
        WebElement card = browser.findElement(By.xpath("//article[.//h3[text()='" + marker + "']]"));
        HeadlessChromium.screenshot(browser, "assessment-student-my-quizzes-phone");
        // the class presses Start at once: the node answers the first try 503 with Retry-After (ADR 31); the page
        // says it will try again, waits the seconds it was given and then starts
        ((JavascriptExecutor) browser).executeScript("""
                var real = window.fetch; var starts = 0;
                window.fetch = function (url, options) {
                  if (String(url).indexOf('/start') >= 0 && starts++ === 0) {
                    return Promise.resolve(new Response('{}', { status: 503, headers: { 'Retry-After': '2' } }));
                  }
                  return real(url, options);
                };""");
        card.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> card.findElement(By.cssSelector(".start-status"))
                .getText().contains("秒后自动重试"));
        HeadlessChromium.screenshot(browser, "assessment-student-start-busy-phone");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(
                ".*/assessment/attempts/\\d+$"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> !b.findElements(By.cssSelector(".stem .katex")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".stem .katex")).isDisplayed()).as("the formula is typeset").isTrue();

        WebElement choice = browser.findElement(By.xpath("//label[contains(@class,'answer-choice')][.//span[text()='四分之三']]//input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", choice);
        choice.click();
        waitUntilSaved();
        assertNoSidewaysScrolling();
        WebElement blank = browser.findElement(By.cssSelector("input.blank"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", blank);
        blank.sendKeys("0.75");
        waitUntilSaved();
        HeadlessChromium.screenshot(browser, "assessment-student-answering-phone");

        browser.navigate().refresh();
        assertThat(browser.findElement(By.xpath("//label[contains(@class,'answer-choice')][.//span[text()='四分之三']]//input"))
                .isSelected()).as("the chosen option after a reload").isTrue();
        assertThat(browser.findElement(By.cssSelector("input.blank")).getAttribute("value")).isEqualTo("0.75");

        ((JavascriptExecutor) browser).executeScript("window.confirm = function () { return true; };");
        clickAndWait(browser.findElement(By.id("submit-attempt")));
        String outcome = browser.findElement(By.id("outcome")).getText();
        assertThat(outcome).contains("得分").contains("已批改");
        HeadlessChromium.screenshot(browser, "assessment-student-result-phone");
        logOut();

        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        logIn("teacher.wang");
        browser.get(quizUrl + "/results");
        String results = browser.findElement(By.id("results-table")).getText();
        assertThat(results).contains("张");
        HeadlessChromium.screenshot(browser, "assessment-teacher-results");
        clickAndWait(browser.findElement(By.cssSelector("#results-table td a")));
        assertThat(browser.findElement(By.id("main")).getText()).contains("0.75").contains("四分之三");
        HeadlessChromium.screenshot(browser, "assessment-teacher-reads-attempt");
        browser.get(quizUrl + "/analysis");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Cronbach");
        HeadlessChromium.screenshot(browser, "assessment-teacher-item-analysis");
        logOut();
    }

    /** A single-choice item with a formula and a fill-in-the-blank item, both 王老师's own. */
    private void twoItems(String marker) {
        Scope wang = identity.scopeOf(account("teacher.wang"));
        long kp = curriculum.knowledgePoints(wang, Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        bank.create(wang, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE, List.of(kp),
                new ItemContent(ItemType.SINGLE_CHOICE, marker + "：\\(\\frac{3}{4}\\) 读作什么？",
                        List.of(new ItemContent.Choice("A", "四分之三"), new ItemContent.Choice("B", "三分之四")),
                        List.of(), List.of("A"), Map.of(), List.of(), "分母是 4，分子是 3。", "", "")));
        bank.create(wang, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE, List.of(kp),
                new ItemContent(ItemType.FILL_BLANK, marker + "：\\(\\frac{3}{4}\\) 写成小数是 ____。", List.of(),
                        List.of(), List.of(), Map.of(), List.of(new ItemContent.Blank(List.of("0.75"), 0.75, 0.001)),
                        "", "", "")));
    }

    /** The page fits the phone's width: nothing to scroll sideways to. */
    private void assertNoSidewaysScrolling() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(fits).as("the page is no wider than the screen").isEqualTo(true);
    }

    /** Waits until the page has nothing left to send and says so. */
    private void waitUntilSaved() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
            Object unsent = ((JavascriptExecutor) b).executeScript(
                    "return Object.keys(localStorage).filter(function (k) { return k.indexOf('educloud.attempt.') === 0; }).length;");
            return ((Number) unsent).intValue() == 0 && b.findElement(By.id("save-status")).getText().equals("已保存");
        });
    }

    private UserId account(String username) {
        return new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?").param(username)
                .query(Long.class).single());
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

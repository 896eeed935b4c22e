package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When autosave cannot save, in a real headless Chromium on a phone: the session ends in the middle of a quiz (the
 * page says so, the answers wait on the device and go in after logging in again), and one answer is too long (its
 * own field says so while the other answers keep saving). Screenshots in target/screenshots.
 */
@EduCloudTest
class AutosaveFailuresBrowserTest {

    private static final String SAVED = "已保存";
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ItemBank bank;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
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

    @AfterEach
    void forgetTheDevice() {
        browser.get(url("/ping"));
        js("localStorage.clear();");
        browser.manage().deleteAllCookies();
    }

    @Test
    void whenTheSessionEndsMidQuizThePageSaysSoAndTheAnswersAreSentAfterLoggingInAgain() {
        AttemptSheet sheet = quizStarted("会话结束");
        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn();
        browser.get(url("/assessment/attempts/" + sheet.attemptId()));
        choose(sheet.items().getFirst().position(), "A");
        waitForStatus(SAVED);
        assertThat(unsentOnDevice()).isZero();

        sessionEndsOnTheServer();
        choose(sheet.items().getFirst().position(), "B");
        write(sheet.items().get(1).position(), "二分之一比三分之一大，因为分子相同时分母小的大。");
        waitForStatus("登录已过期：答案已保存在本机，请重新登录并刷新页面，答案会自动补交。");
        assertThat(unsentOnDevice()).isEqualTo(1);
        // the written answer follows a pause in typing; it joins the choice on the device, not the server
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> ((Number) js("return Object.keys(JSON.parse("
                + "localStorage.getItem('educloud.attempt." + sheet.attemptId() + "') || '{}')).length;"))
                .intValue() == 2);
        assertThat(saved(sheet, 0).chosen()).as("the server still has the earlier answer").containsExactly("A");
        HeadlessChromium.screenshot(browser, "assessment-autosave-session-ended-phone");

        logIn();
        browser.get(url("/assessment/attempts/" + sheet.attemptId()));
        waitForStatus(SAVED);
        assertThat(unsentOnDevice()).isZero();
        assertThat(saved(sheet, 0).chosen()).containsExactly("B");
        assertThat(saved(sheet, 1).text()).startsWith("二分之一比三分之一大");
        assertThat(browser.findElement(By.cssSelector("#item-" + sheet.items().getFirst().position()
                + " input[value='B']")).isSelected()).isTrue();
        HeadlessChromium.screenshot(browser, "assessment-autosave-sent-after-login-phone");
    }

    @Test
    void anOverLongAnswerIsMarkedOnItsOwnFieldWhileTheOtherAnswersStillSave() {
        AttemptSheet sheet = quizStarted("答案过长");
        int choice = sheet.items().getFirst().position();
        int written = sheet.items().get(1).position();
        browser.manage().window().setSize(HeadlessChromium.PHONE);
        logIn();
        browser.get(url("/assessment/attempts/" + sheet.attemptId()));

        // the field's maxlength stops typing, not a pasted-in or scripted value: the server's bound is what holds
        WebElement essay = browser.findElement(By.id("text-" + written));
        js("arguments[0].value = '很长'.repeat(10001); arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                essay);
        WebElement note = browser.findElement(By.cssSelector("#item-" + written + " .answer-too-long"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> note.isDisplayed());
        assertThat(note.getText()).isEqualTo("这道题的答案太长了，没有保存；请删减后再试。");

        choose(choice, "A");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> saved(sheet, 0).chosen().contains("A"));
        assertThat(browser.findElement(By.cssSelector("#item-" + choice + " .answer-too-long")).isDisplayed())
                .as("the other item carries no note").isFalse();
        assertThat(saved(sheet, 1).text()).as("the over-long answer is not stored").isEmpty();
        assertThat(browser.findElement(By.id("save-status")).getText()).as("the bar does not claim all is saved")
                .isEqualTo("有一道题的答案太长，没有保存（见标红的题）；其他答案照常保存。");
        js("arguments[0].scrollIntoView({block:'center'})", note);
        HeadlessChromium.screenshot(browser, "assessment-autosave-answer-too-long-phone");

        js("arguments[0].value = '分母小的分数大。'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                essay);
        waitForStatus(SAVED);
        assertThat(note.isDisplayed()).isFalse();
        assertThat(saved(sheet, 1).text()).isEqualTo("分母小的分数大。");
    }

    /** A quiz of a choice item and a written one, set to the fixture's class, its student's attempt started. */
    private AttemptSheet quizStarted(String title) {
        Scope teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        long kp = curriculum.knowledgePoints(teacher, Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        long choice = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 1, "", Sharing.PRIVATE,
                List.of(kp), new ItemContent(ItemType.SINGLE_CHOICE, title + "：一半是几分之几？",
                List.of(new ItemContent.Choice("A", "二分之一"), new ItemContent.Choice("B", "三分之一")), List.of(),
                List.of("A"), Map.of(), List.of(), "", "", "")));
        long essay = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE,
                List.of(kp), new ItemContent(ItemType.SHORT_ANSWER, title + "：二分之一和三分之一哪个大？为什么？",
                List.of(), List.of(), List.of(), Map.of(), List.of(), "", "二分之一大", "")));
        long quiz = quizzes.create(teacher, new QuizDraft(title, "", 30, 1, false, false, AnswersVisible.AFTER_SUBMIT,
                List.of(new QuizDraft.Pick(choice, BigDecimal.ONE), new QuizDraft.Pick(essay, BigDecimal.TWO)),
                List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacher, quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));
        return attempts.start(student(), quiz);
    }

    private Response saved(AttemptSheet sheet, int index) {
        int position = sheet.items().get(index).position();
        return attempts.sheet(student(), sheet.attemptId()).items().stream().filter(i -> i.position() == position)
                .findFirst().orElseThrow().saved();
    }

    /** As if the session had timed out or been signed out elsewhere: the server no longer knows it. */
    private void sessionEndsOnTheServer() {
        Cookie cookie = browser.manage().getCookieNamed("SESSION");
        assertThat(cookie).as("the browser holds a session").isNotNull();
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("DELETE FROM platform.spring_session WHERE session_id = ?").param(id).update())
                .isEqualTo(1);
    }

    private void choose(int position, String option) {
        WebElement box = browser.findElement(By.cssSelector("#item-" + position + " input[value='" + option + "']"));
        js("arguments[0].scrollIntoView({block:'center'})", box);
        box.click();
    }

    private void write(int position, String text) {
        WebElement area = browser.findElement(By.id("text-" + position));
        js("arguments[0].scrollIntoView({block:'center'})", area);
        area.sendKeys(text);
    }

    private void waitForStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.id("save-status")).getText().equals(text));
    }

    /** How many attempts have answers waiting in this browser's localStorage. */
    private int unsentOnDevice() {
        return ((Number) js("return Object.keys(localStorage).filter(function (k) { "
                + "return k.indexOf('educloud.attempt.') === 0; }).length;")).intValue();
    }

    private Scope student() {
        return identity.scopeOf(fixture.a().person(Role.STUDENT));
    }

    private String username() {
        return jdbc.sql("SELECT username FROM identity.account WHERE id = ?")
                .param(fixture.a().person(Role.STUDENT).value()).query(String.class).single();
    }

    private void logIn() {
        HeadlessChromium.logIn(browser, url(""), username(), TenantFixture.PASSWORD);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

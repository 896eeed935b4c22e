package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Submissions;
import org.educloud.learning.Upload;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.Homework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A teacher's day in a real headless Chromium (issue 26): pushing a lesson's resource to the class and correcting
 * the push, the classroom display of that day, setting photo homework with its worksheet in one form, and grading a
 * photo beside the score with marks on it that the parent then sees. Each changed page is photographed on a desktop
 * (1366×900) and a phone (390×844) into target/screenshots.
 */
@EduCloudTest
class TeachingDayBrowserTest {

    private static final Dimension DESKTOP = HeadlessChromium.DESKTOP;
    private static final Dimension PHONE = HeadlessChromium.PHONE;

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
    Submissions submissions;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void forgetTheSession() {
        if (browser != null) {
            browser.manage().window().setSize(DESKTOP);
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
    void aTeacherPushesALessonCorrectsThePushAndTheClassroomDisplayShowsTheDay() throws IOException {
        long resource = jdbc.sql("SELECT resource_id FROM library.class_push ORDER BY id LIMIT 1").query(Long.class)
                .single();
        long classId = wangsClass();
        logIn("teacher.wang");
        push(resource, classId, "第2节 数学", "先看课件");
        assertThat(notice()).contains("已推送");
        push(resource, classId, "第3节 数学", "先折纸，再看课件第 4 页");
        assertThat(notice()).contains("已更新推送");
        screenshots("push-updated");

        browser.get(url("/library/classes/" + classId + "/display"));
        String tiles = browser.findElement(By.cssSelector("ol.tiles")).getText();
        assertThat(tiles).contains("第3节 数学").contains("先折纸，再看课件第 4 页").doesNotContain("先看课件\n");
        screenshots("classroom-display");

        browser.get(url("/roster/classes/" + classId));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("三年级");
        assertThat(browser.findElements(By.cssSelector("#class-links a"))).hasSize(3);
        screenshots("class-page-links");
        clickAndWait(browser.findElement(By.cssSelector("#class-links a[href*='/display']")));
        assertThat(browser.findElement(By.cssSelector("ol.tiles")).getText()).contains("第3节 数学");
        logOut();
    }

    @Test
    void aTeacherSetsPhotoHomeworkWithItsWorksheetInOneForm() throws IOException {
        Path worksheet = Files.createTempFile("worksheet", ".jpeg");
        Files.write(worksheet, Homework.worksheetPhoto());
        logIn("teacher.wang");
        browser.get(url("/learning/assignments/new"));
        if (roster.taughtClasses(teacher()).size() == 1) {
            assertThat(browser.findElement(By.name("classIds")).isSelected()).as("the only class is ticked").isTrue();
        } else {
            browser.findElement(By.cssSelector("input[name=classIds][value='" + wangsClass() + "']")).click();
        }
        browser.findElement(By.id("title")).sendKeys("分数练习纸：拍照上传");
        browser.findElement(By.id("instructions")).sendKeys("完成练习纸上的 4 道题，拍照上传。");
        browser.findElement(By.id("attachments")).sendKeys(worksheet.toAbsolutePath().toString());
        WebElement files = browser.findElement(By.name("filesAllowed"));
        if (!files.isSelected()) {
            files.click();
        }
        screenshots("assignment-form-with-file");
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/learning/assignments'] button[type=submit]")));

        assertThat(browser.getCurrentUrl()).matches(".*/learning/assignments/\\d+$");
        assertThat(browser.findElement(By.id("main")).getText()).contains("分数练习纸：拍照上传")
                .contains(worksheet.getFileName().toString());
        screenshots("assignment-set-with-file");
        logOut();
        Files.delete(worksheet);
    }

    @Test
    void aTeacherGradesAPhotoBesideTheScoreMarksItAndTheParentSeesTheMarks() throws IOException {
        long id = photoHomeworkHandedIn();
        long student = jdbc.sql("SELECT student_id FROM learning.submission WHERE assignment_id = ?").param(id)
                .query(Long.class).single();
        logIn("teacher.wang");
        browser.get(url("/learning/assignments/" + id + "/grading?student=" + student));
        WebElement photo = browser.findElement(By.cssSelector("img.work-image"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        assertThat(browser.findElements(By.cssSelector("iframe.work-pdf"))).hasSize(1);
        screenshots("grading-photo-beside-score");
        if (Files.isExecutable(Path.of("/usr/bin/heif-convert"))) {
            // the iPhone photo is shown as its JPEG copy
            WebElement iphone = browser.findElements(By.cssSelector("img.work-image")).getLast();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", iphone));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", iphone);
            screenshots("grading-iphone-photo");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        }

        browser.findElement(By.cssSelector("button[data-annotate]")).click();
        WebElement canvas = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("annotate-canvas")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        new Actions(browser).moveToElement(canvas, -w / 4, -h / 4).clickAndHold().moveByOffset(40, 10)
                .moveByOffset(40, 20).release().perform();
        browser.findElement(By.cssSelector("[data-tool=tick]")).click();
        new Actions(browser).moveToElement(canvas, w / 4, -h / 3).click().perform();
        browser.findElement(By.cssSelector("[data-tool=circle]")).click();
        new Actions(browser).moveToElement(canvas, -w / 5, 0).clickAndHold().moveByOffset(60, 30).moveByOffset(60, 30)
                .release().perform();
        browser.findElement(By.cssSelector("[data-tool=text]")).click();
        browser.findElement(By.id("annotate-text")).sendKeys("再想想");
        new Actions(browser).moveToElement(canvas, 0, h / 6).click().perform();
        assertThat(browser.findElement(By.id("annotator")).getAttribute("data-dirty")).isEqualTo("true");
        assertThat(browser.findElement(By.id("annotation-attached")).isDisplayed()).isTrue();
        screenshots("grading-photo-marked");

        browser.findElement(By.id("score")).sendKeys("8");
        browser.findElement(By.id("feedback")).sendKeys("第 3 题的图要平均分。");
        browser.findElement(By.id("release")).click();
        clickAndWait(browser.findElement(By.cssSelector("#grade-form button[type=submit]")));
        assertThat(notice()).contains("已保存并发回成绩");
        String stored = jdbc.sql("SELECT feedback_media_type FROM learning.grade WHERE assignment_id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).isEqualTo("image/jpeg");
        logOut();

        logIn("parent.zhang");
        browser.get(url("/learning/assignments/" + id));
        WebElement marked = browser.findElement(By.cssSelector("img.feedback-image"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", marked));
        assertThat(browser.findElement(By.id("main")).getText()).contains("第 3 题的图要平均分。");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.cssSelector(".grade")));
        screenshots("parent-sees-marked-photo");
        logOut();
    }

    /** Photo homework in 王老师's class, handed in by 张同学 as a photo and a scanned PDF. */
    private long photoHomeworkHandedIn() {
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(teacher(), new AssignmentDraft(List.of(ClassId.of(wangsClass())), "分数练习纸（浏览器测试）",
                "<p>完成练习纸，拍照上传。</p>", now.minusHours(2), now.plusDays(1), BigDecimal.TEN,
                LatePolicy.ACCEPT_MARKED, true, true, List.of("jpg", "pdf"), 10, true, null, null)).getFirst();
        assignments.publish(teacher(), id);
        byte[] photo = Homework.worksheetPhoto();
        byte[] pdf = Homework.answerPdf("4)  3/4 > 2/4  because 3 parts of 4 are more than 2 parts of 4");
        byte[] iphone = Homework.realIphonePhoto();
        submissions.submit(identity.scopeOf(account("student.zhang")), id, UUID.randomUUID(), null,
                List.of(new Upload("IMG_2041.jpeg", photo.length, new ByteArrayResource(photo)),
                        new Upload("练习纸扫描.pdf", pdf.length, new ByteArrayResource(pdf)),
                        new Upload("IMG_2042.HEIC", iphone.length, new ByteArrayResource(iphone))));
        return id.value();
    }

    private void push(long resource, long classId, String lesson, String note) {
        browser.get(url("/library/resources/" + resource));
        WebElement form = browser.findElement(By.cssSelector("form[action$='/push']"));
        form.findElement(By.cssSelector("input[name=classIds][value='" + classId + "']")).click();
        form.findElement(By.id("lesson")).sendKeys(lesson);
        form.findElement(By.id("pushNote")).sendKeys(note);
        clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private String notice() {
        return browser.findElement(By.cssSelector(".notice")).getText();
    }

    private Scope teacher() {
        return identity.scopeOf(account("teacher.wang"));
    }

    private long wangsClass() {
        return roster.taughtClasses(teacher()).getFirst().id().value();
    }

    private UserId account(String username) {
        return new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?").param(username)
                .query(Long.class).single());
    }

    private void logIn(String username) {
        HeadlessChromium.logIn(browser, url(""), username, "EduCloud2026");
    }

    private void clickAndWait(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    private void logOut() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(url("/home"));
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The page as it is now, on a desktop and on a phone; the window is a desktop again afterwards. */
    private static void screenshots(String name) throws IOException {
        for (var size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            // let the page lay itself out again at the new width
            ((JavascriptExecutor) browser).executeScript("return document.body.offsetHeight");
            HeadlessChromium.screenshot(browser, name + (size == DESKTOP ? "-desktop" : "-phone"));
        }
        browser.manage().window().setSize(DESKTOP);
    }
}

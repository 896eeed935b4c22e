package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real relying party: a separate Spring Boot application with Spring Security's OAuth2 client, registered in
 * EduCloud as a school's application. Chromium opens it, is sent to EduCloud's real login page, logs in, and comes
 * back to the application, which shows the claims it received and verified itself (name, roles, school).
 */
@EduCloudTest
class OAuth2ClientApplicationTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture tenants;

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
    void aTeacherSignsInToAnotherApplicationOnEduCloudsLoginPageAndTheApplicationShowsTheirNameRolesAndSchool() {
        TenantFixture.Side a = tenants.a();
        OidcApps.Person teacher = new OidcApps(clients, identity, port).teacherOf(a);
        try (OAuth2ClientApplication.Running app = OAuth2ClientApplication.start()) {
            IssuedOidcClient issued = clients.register(Scope.installation(), new OidcClientDraft(a.school().id(),
                    "作业应用", List.of(app.redirectUri()), List.of(), java.util.Set.of("profile"), true, true));
            app.register("http://localhost:" + port, issued.clientId(), issued.clientSecret());

            browser.get(app.base() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).as("EduCloud's own login page")
                    .startsWith("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys(teacher.username());
            browser.findElement(By.id("password")).sendKeys(TenantFixture.PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.className("subject")));
            HeadlessChromium.screenshot(browser, "oidc-relying-party");

            assertThat(browser.getCurrentUrl()).startsWith(app.base());
            assertThat(text("subject")).containsExactly(Long.toString(teacher.id().value()));
            assertThat(text("issuer")).containsExactly("http://localhost:" + port);
            assertThat(text("name")).containsExactly(identity.self(teacher.id()).displayName());
            assertThat(text("role")).containsExactly("TEACHER " + a.school().name() + " " + a.school().path().value());
            assertThat(text("school")).containsExactly(a.school().name() + " " + a.school().path().value());
        }
    }

    private static List<String> text(String className) {
        return browser.findElements(By.className(className)).stream().map(WebElement::getText).toList();
    }
}

package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.support.EduCloudTest;
import org.educloud.support.HeadlessChromium;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person signs in to an application through EduCloud's real login page in Chromium: the browser follows the
 * login form on to the application's address (which a CSP form-action of 'self' alone would block), and the code
 * it brings there gives tokens.
 */
@EduCloudTest
class OidcBrowserTest {

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
    void aTeacherLogsInOnTheRealPageAndTheApplicationGetsACodeThatGivesTokens() throws Exception {
        OidcApps apps = new OidcApps(clients, identity, port);
        TenantFixture.Side a = tenants.a();
        OidcApps.Person teacher = apps.teacherOf(a);
        RelyingParty app = apps.preApprovedApp(a, Set.of("profile"));

        browser.get(app.authorizeUrl("openid profile", RelyingParty.REDIRECT));
        browser.findElement(By.id("username")).sendKeys(teacher.username());
        browser.findElement(By.id("password")).sendKeys(TenantFixture.PASSWORD);
        HeadlessChromium.screenshot(browser, "oidc-login");
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.getCurrentUrl().startsWith(RelyingParty.REDIRECT));

        String callback = browser.getCurrentUrl();
        assertThat(RelyingParty.query(callback)).containsEntry("state", app.state);
        HttpResponse<String> tokens = app.exchange(RelyingParty.codeOf(callback), app.verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = RelyingParty.json(tokens.body());
        assertThat(app.verified(body.get("id_token").asString()).getSubject())
                .isEqualTo(Long.toString(teacher.id().value()));
    }
}

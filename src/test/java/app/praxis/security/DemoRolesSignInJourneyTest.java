package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each demo account signs in with a real browser and lands on its own home, with its own menu. */
class DemoRolesSignInJourneyTest extends BrowserTest {

    @Test
    void theAdminSignsInAndLandsOnTheClinicHome() throws Exception {
        signIn("admin@praxis.demo", DEMO_PASSWORD);

        assertThat(waitFor(By.id("admin-home")).getText()).contains("Welcome, Alex Admin");
        assertThat(waitFor(By.id("main-menu")).getText())
                .contains("Dashboard", "Users", "Specializations")
                .doesNotContain("My day");
        screenshot("admin-home");
        signOut();
    }

    @Test
    void aDoctorSignsInAndLandsOnTheirDay() {
        signIn("dr.weber@praxis.demo", DEMO_PASSWORD);

        assertThat(waitFor(By.id("doctor-home")).getText()).contains("Anna Weber");
        assertThat(waitFor(By.id("main-menu")).getText()).contains("My day").doesNotContain("Dashboard");
        signOut();
    }

    @Test
    void aPatientSignsInAndLandsOnTheirHome() {
        signIn("paul.neumann@example.org", DEMO_PASSWORD);

        assertThat(waitFor(By.id("patient-home")).getText()).contains("Paul Neumann");
        signOut();
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAnExplanation() {
        signIn("paul.neumann@example.org", "not the password");

        waitUntilUrlEndsWith("login?error");
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).getText()).contains("Could not sign you in");
        // The address typed stays: only the password is typed again.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> "paul.neumann@example.org"
                .equals(browser.findElement(By.cssSelector("vaadin-login-form [name=username]"))
                        .getDomProperty("value")));
        assertThat(driver.findElement(By.cssSelector("vaadin-login-form [name=password]"))
                        .getDomProperty("value"))
                .isEmpty();
    }

    /**
     * The PWA's files (manifest, icons) are answered without a session: an icon request that arrives with the
     * sign-in page's cookie just after the sign-in changed the session's id must not answer with a new session's
     * cookie, which would replace the signed-in one (a CI run once stood signed out right after signing in).
     */
    @Test
    void theAppsIconsAndManifestNeitherMakeNorReplaceASession() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> loginPage = get(http, "login", null);
        assertThat(loginPage.headers().firstValue("Set-Cookie"))
                .as("the sign-in page itself does start a session")
                .isPresent();
        var icon =
                Pattern.compile("<link[^>]+rel=\"icon\"[^>]+href=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(icon.find()).as("the page links an icon").isTrue();

        HttpResponse<String> iconWithStaleCookie = get(http, icon.group(1), "JSESSIONID=ended-by-the-sign-in");
        HttpResponse<String> manifest = get(http, "manifest.webmanifest", null);

        assertThat(iconWithStaleCookie.statusCode()).isEqualTo(200);
        assertThat(iconWithStaleCookie.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\"");
        assertThat(manifest.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(HttpClient http, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

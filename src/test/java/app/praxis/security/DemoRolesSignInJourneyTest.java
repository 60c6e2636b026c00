package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.time.Duration;
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
}

package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin's journey in a real browser: the dashboard's charts drawn (desktop and 375 px), a patient signed in
 * elsewhere deactivated and signed out in their own browser, the users grid's CSV matching the grid.
 */
class AdminJourneyTest extends BrowserTest {

    private static final String PATIENT = "lena.schwarz@example.org";

    @Autowired
    JdbcClient jdbc;

    private WebDriver patientBrowser;

    @AfterAll
    void cleanUp() {
        if (patientBrowser != null) {
            patientBrowser.quit();
        }
        jdbc.sql("UPDATE users SET is_active = TRUE WHERE email = ?")
                .param(PATIENT)
                .update();
    }

    @Test
    void theAdminSeesTheChartsDeactivatesASignedInPatientAndDownloadsTheGridAsCsv() throws Exception {
        signIn("admin@praxis.demo", DEMO_PASSWORD);
        waitFor(By.id("admin-home"));
        // the period (the frame has a language menu too)
        waitFor(By.cssSelector("#admin-home vaadin-select")).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='Last 30 days']"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> drawnCharts() == 5);
        assertThat(waitFor(By.id("dashboard-figures")).getText()).contains("Appointments booked", "Revenue paid");
        screenshot("admin-dashboard");
        resizeTo(375, 812);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> drawnCharts() == 5);
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("admin-dashboard-375");
        resizeTo(1280, 900);

        patientBrowser = browser("patient");
        signIn(patientBrowser, PATIENT);
        waitIn(patientBrowser, By.id("patient-home"));

        open("admin/users");
        var search = waitFor(By.cssSelector("#admin-users vaadin-text-field input"));
        search.sendKeys("schwarz", Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> waitFor(By.id("users-count")).getText().equals("1 account"));
        waitFor(By.cssSelector("vaadin-button.deactivate")).click();
        waitFor(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("vaadin-button.activate"))
                        .isEmpty());

        // the patient's open page polls; its next request finds the session ended and lands on sign-in
        waitIn(patientBrowser, By.cssSelector("vaadin-login-form"));
        signIn(patientBrowser, PATIENT);
        assertThat(waitIn(patientBrowser, By.cssSelector("vaadin-login-form")).getText())
                .isNotEmpty();
        assertThat(patientBrowser.findElements(By.id("patient-home"))).isEmpty();

        String csv = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#admin-users a.csv-download').href)"
                        + ".then(r => r.text()).then(done);");
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(PATIENT, "PATIENT", ",no");
    }

    private long drawnCharts() {
        Object count = ((JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('praxis-chart')]"
                        + ".filter(c => c._chart && c.querySelector('canvas').width > 0"
                        + " && Number(c.dataset.points) > 0).length;");
        return ((Number) count).longValue();
    }

    private WebElement waitIn(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void signIn(WebDriver browser, String email) {
        browser.get("http://localhost:" + port + "/login");
        var username = waitIn(browser, By.cssSelector("vaadin-login-form input[name='username']"));
        username.sendKeys(email);
        var password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(DEMO_PASSWORD, Keys.ENTER);
    }

    /** A second person's phone-sized browser (BrowserTest's set-up, so no flag of it is forgotten). */
    private WebDriver browser(String name) throws Exception {
        WebDriver browser = newBrowser(name);
        browser.manage().window().setSize(new Dimension(375, 812));
        return browser;
    }
}

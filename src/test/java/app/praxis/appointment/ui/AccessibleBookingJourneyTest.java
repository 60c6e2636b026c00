package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.Axe;
import app.praxis.support.BrowserTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booking flow (find, pick, book, its confirmation, my appointments) checked with axe-core on every page, at
 * desktop width and on a phone: no serious or critical WCAG 2.1 A/AA violation. The time, the booking and the way on to
 * My appointments are chosen with the keyboard.
 */
class AccessibleBookingJourneyTest extends BrowserTest {

    private static final String PATIENT = "lena.schwarz@example.org";

    @Autowired
    JdbcClient jdbc;

    @Test
    void findPickBookAndMyAppointmentsHaveNoSeriousAccessibilityViolations() {
        String reason = "Axe " + UUID.randomUUID().toString().substring(0, 8);
        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));

        open("doctors");
        waitFor(By.cssSelector(".doctor-card"));
        assertThat(Axe.seriousViolations(driver)).as("find a doctor").isEmpty();
        resizeTo(375, 812);
        WebElement toggle = waitFor(By.id("filters-toggle"));
        assertThat(driver.findElement(By.id("directory-specialization")).isDisplayed())
                .as("the filters fold away on a phone")
                .isFalse();
        toggle.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "true".equals(toggle.getDomAttribute("aria-expanded"))
                        && d.findElement(By.id("directory-specialization")).isDisplayed());
        assertThat(Axe.seriousViolations(driver)).as("find a doctor on a phone").isEmpty();
        resizeTo(1280, 900);

        waitFor(By.cssSelector("#doctor-directory vaadin-text-field input")).sendKeys("Becker");
        waitFor(By.linkText("Dr. Jonas Becker"));
        clickWhenSettled(By.linkText("Dr. Jonas Becker")); // the list re-renders as the search text arrives
        waitFor(By.id("doctor-name"));
        waitFor(By.cssSelector("#slot-times vaadin-button"));
        assertThat(Axe.seriousViolations(driver)).as("the booking page").isEmpty();

        // Keyboard only: a time of a later day (today's first may slip inside the notice), the reason, Book.
        WebElement time =
                driver.findElements(By.cssSelector("#slot-times .slot-day:not(:first-child) vaadin-button")).stream()
                        .findFirst()
                        .orElseGet(() -> driver.findElement(By.cssSelector("#slot-times vaadin-button")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", time);
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "true".equals(time.getDomAttribute("aria-pressed")));
        WebElement reasonField = driver.findElement(By.cssSelector("#booking-reason textarea"));
        reasonField.sendKeys(reason);
        reasonField.sendKeys(Keys.TAB);
        assertThat(Axe.seriousViolations(driver))
                .as("the booking page with a time chosen")
                .isEmpty();
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        // The confirmation's heading takes the focus; the next key stop is its "My appointments". The element that
        // has the focus while the page is redrawn may be gone by the time its text is read: asked again then.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "Your appointment is booked"
                        .equals(d.switchTo().activeElement().getText()));
        assertThat(Axe.seriousViolations(driver))
                .as("the booking's confirmation")
                .isEmpty();
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("booked-my-appointments");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitUntilUrlEndsWith("/appointments");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> jdbc.sql("SELECT COUNT(*) FROM appointments WHERE reason_for_visit = ?")
                                .param(reason)
                                .query(Long.class)
                                .single()
                        == 1);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#upcoming-appointments .appointment-card")));
        assertThat(Axe.seriousViolations(driver)).as("my appointments").isEmpty();
        resizeTo(375, 812);
        assertThat(Axe.seriousViolations(driver))
                .as("my appointments on a phone")
                .isEmpty();
    }
}

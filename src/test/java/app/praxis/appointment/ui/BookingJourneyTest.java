package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone-sized window (375 px): a demo patient finds Dr. Weber, books, reschedules; the doctor sees the
 * booking in her list; the patient cancels. No page scrolls sideways.
 */
class BookingJourneyTest extends BrowserTest {

    private static final String PATIENT = "sophie.meier@example.org";
    private static final String DOCTOR = "dr.weber@praxis.demo";

    @Test
    void aPatientBooksReschedulesAndCancelsOnAPhoneWhileTheDoctorSeesTheBooking() throws Exception {
        String reason = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        resizeTo(375, 812);
        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));

        open("doctors");
        waitFor(By.id("doctor-directory"));
        waitFor(By.cssSelector("#doctor-directory vaadin-text-field input")).sendKeys("Weber");
        waitFor(By.linkText("Dr. Anna Weber"));
        assertThat(scrollsHorizontally()).as("directory scrolls sideways").isFalse();
        clickWhenSettled(By.linkText("Dr. Anna Weber")); // the list re-renders as the search text arrives

        waitFor(By.id("doctor-name"));
        chooseATimeAfterTheFirstDay();
        driver.findElement(By.cssSelector("#booking-reason textarea")).sendKeys(reason);
        assertThat(scrollsHorizontally()).as("doctor page scrolls sideways").isFalse();
        screenshot("booking-375-doctor-page");
        driver.findElement(By.id("book")).click();

        // The confirmation in the free times' place, its heading focused (a screen reader announces it).
        WebElement confirmation = waitFor(By.id("booking-confirmation"));
        assertThat(confirmation.getText())
                .contains("Your appointment is booked", "Booked: ", "A confirmation is on its way by e-mail.")
                .contains("Reason: " + reason);
        assertThat(((JavascriptExecutor) driver).executeScript("return document.activeElement.textContent;"))
                .isEqualTo("Your appointment is booked");
        assertThat(scrollsHorizontally())
                .as("the confirmation scrolls sideways")
                .isFalse();
        screenshot("booking-375-confirmation");
        driver.findElement(By.id("booked-my-appointments")).click();

        waitUntilUrlEndsWith("/appointments");
        WebElement card = cardWith(reason);
        assertThat(card.getText()).contains("Dr. Anna Weber", "Scheduled", "Payment: Pending");
        assertThat(scrollsHorizontally()).as("my appointments scrolls sideways").isFalse();
        // The confirmation sits low on the doctor's page; the next page opens at its top, just below the top bar.
        Number pageTop = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('praxis-my-appointments').getBoundingClientRect().top;");
        assertThat(pageTop.doubleValue()).as("My appointments' top on screen").isBetween(0.0, 120.0);
        screenshot("booking-375-my-appointments");

        clickWhenUncovered(() -> cardWith(reason).findElement(By.cssSelector("vaadin-button.reschedule")));
        List<WebElement> times = waitForAll(By.cssSelector("#slot-times vaadin-button"));
        times.get(times.size() > 1 ? 1 : 0).click();
        driver.findElement(By.cssSelector("#reschedule-reason textarea")).sendKeys("Clashes with work");
        driver.findElement(By.id("confirm-reschedule")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> cardWith(reason).getText().contains("Moved once"));

        signOutOnPhone();
        signIn(DOCTOR, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/appointments");
        waitFor(By.id("doctor-agenda"));
        assertThat(cardWith(reason).getText()).contains("Sophie Meier");

        signOutOnPhone();
        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        open("appointments");
        clickWhenUncovered(() -> cardWith(reason).findElement(By.cssSelector("vaadin-button.cancel")));
        waitFor(By.cssSelector("#cancel-reason textarea")).sendKeys("Feeling better");
        driver.findElement(By.id("confirm-cancel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> cardWith(reason).getText().contains("Cancelled"));
        screenshot("booking-375-cancelled");

        // The reminders switch, drawn by the page's element: turned and turned back, the server answering each turn.
        // It sits above the list, which a covered click may have left scrolled away from it.
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});",
                        driver.findElement(By.id("reminders-switch")));
        WebElement reminders = waitFor(By.id("reminders-switch"));
        boolean on = Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return arguments[0].checked;", reminders));
        reminders.click();
        waitFor(By.xpath("//vaadin-notification-card[contains(., '" + (on ? "Reminders are off." : "Reminders are on.")
                + "')]"));
        reminders.click();
        waitFor(By.xpath("//vaadin-notification-card[contains(., '" + (on ? "Reminders are on." : "Reminders are off.")
                + "')]"));
    }

    /**
     * On a phone the menu (with "Sign out") is a drawer that has to be opened first; a success notification may
     * still cover its bottom, so the button is clicked as a script would.
     */
    private void signOutOnPhone() {
        waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", waitFor(By.id("logout")));
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    private WebElement cardWith(String text) {
        return waitFor(By.xpath("//div[contains(@class,'appointment-card')][contains(., '" + text + "')]"));
    }

    private List<WebElement> waitForAll(By locator) {
        waitFor(locator);
        return driver.findElements(locator);
    }
}

package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16: a browser that asks for German gets the sign-in page in German; a demo patient whose account is
 * English switches to "Deutsch" in the language menu, finds a doctor, books a time in the week grid and sees the
 * appointment under "Meine Termine" with German dates ("Mi., 2. Dez. 2026") and money ("55,00 €").
 */
class GermanBookingJourneyTest extends BrowserTest {

    /** A demo patient no other journey signs in as: the journey changes the account's language (and back). */
    private static final String PATIENT = "ida.schmid@example.org";

    private static final Formats GERMAN = Formats.of(Language.GERMAN);

    /** Replaces the base class's browser by one whose language is German, as a German user's would be. */
    @BeforeAll
    void startGermanBrowser() throws Exception {
        driver.quit();
        driver = germanBrowser();
    }

    @Test
    void aPatientSwitchesToGermanAndBooksAnAppointmentInGerman() throws Exception {
        String reason = "Vorsorge " + UUID.randomUUID().toString().substring(0, 8);
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(languageShown())
                .as("the sign-in page follows the browser's German")
                .isEqualTo("Deutsch");
        screenshot("german-sign-in");

        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        assertThat(languageShown()).as("the account is English").isEqualTo("English");
        choose("Deutsch");
        new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("patient-home")).getText().contains("Arzt finden"));
        assertThat(waitFor(By.id("patient-home")).getText()).contains("Hallo, ");

        open("doctors");
        waitFor(By.id("doctor-directory"));
        assertThat(waitFor(By.cssSelector("#doctor-directory h2")).getText()).isEqualTo("Arzt finden");
        waitFor(By.cssSelector("#doctor-directory vaadin-text-field input")).sendKeys("Becker");
        waitFor(By.linkText("Dr. Jonas Becker"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("directory-summary")).getText().equals("1 Arzt"));
        String card = driver.findElement(By.cssSelector(".doctor-card")).getText();
        assertThat(card)
                .contains("55,00 €", "Jahre Erfahrung", "Nächster freier Termin")
                .doesNotContain("€55.00");
        // The fee's rule and message as before, next to the field (the filters are one element drawn in the browser).
        WebElement fee = driver.findElement(By.cssSelector("#directory-max-fee input"));
        fee.sendKeys("-1");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#directory-max-fee [slot='error-message']"))
                        .getText()
                        .equals("Das Honorar kann nicht negativ sein"));
        assertThat(driver.findElements(By.cssSelector(".doctor-card"))).isEmpty();
        fee.sendKeys(Keys.TAB);
        assertThat(driver.findElement(By.id("directory-max-fee")).getDomAttribute("invalid"))
                .as("the message stays when the field is left")
                .isNotNull();
        fee.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "55,5");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("directory-summary")).getText().equals("1 Arzt"));
        assertThat(driver.findElement(By.id("directory-max-fee")).getDomAttribute("invalid"))
                .isNull();
        clickWhenSettled(By.linkText("Dr. Jonas Becker"));

        waitFor(By.id("doctor-name"));
        waitForTitle("Buchen · Praxis");
        assertThat(waitFor(By.id("slot-next-free")).getText()).isEqualTo("Nächster freier Termin");
        LocalDate day = chooseATimeAfterTheFirstDay();
        driver.findElement(By.cssSelector("#booking-reason textarea")).sendKeys(reason);
        screenshot("german-week-grid");
        assertThat(driver.findElement(By.id("book")).getText()).isEqualTo("Termin buchen");
        driver.findElement(By.id("book")).click();

        assertThat(waitFor(By.id("booking-confirmation")).getText())
                .contains("Ihr Termin ist gebucht", "Gebucht: " + GERMAN.day(day), "Grund: " + reason);
        WebElement myAppointments = driver.findElement(By.id("booked-my-appointments"));
        assertThat(myAppointments.getText()).isEqualTo("Meine Termine");
        myAppointments.click();

        waitUntilUrlEndsWith("/appointments");
        WebElement booked = cardWith(reason);
        waitForTitle("Meine Termine · Praxis");
        assertThat(waitFor(By.cssSelector("#my-appointments h2")).getText()).isEqualTo("Meine Termine");
        assertThat(booked.getText())
                .as("German day and money formats")
                .contains(GERMAN.day(day), "Dr. Jonas Becker", "Geplant", "Grund: " + reason, "55,00 €")
                .doesNotContain("Scheduled", "€55.00");
        assertThat(GERMAN.day(LocalDate.of(2026, 12, 2))).isEqualTo("Mi., 2. Dez. 2026");
        screenshot("german-my-appointments");

        // Back to English, so the demo account is as the other journeys expect it.
        choose("English");
        new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#my-appointments h2"))
                        .getText()
                        .equals("My appointments"));
    }

    /** Chromium speaking German: its interface language and the languages it asks pages for. */
    private WebDriver germanBrowser() throws Exception {
        return newBrowser("german", options -> {
            options.addArguments("--lang=de-DE");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        });
    }

    private WebElement languageMenu() {
        return waitFor(By.id("language"));
    }

    /** What the language menu shows as chosen. */
    private String languageShown() {
        return languageMenu()
                .findElement(By.cssSelector("vaadin-select-value-button"))
                .getText();
    }

    private void waitForTitle(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> title.equals(d.getTitle()));
    }

    /** Picks a language in the menu, as a person would: open it, click the item. */
    private void choose(String language) {
        languageMenu().click();
        WebElement item = waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + language
                + "'][not(ancestor::vaadin-select-value-button)]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
    }

    private WebElement cardWith(String text) {
        return waitFor(By.xpath("//div[contains(@class,'appointment-card')][contains(., '" + text + "')]"));
    }
}

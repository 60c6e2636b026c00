package app.praxis.patient;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import app.praxis.support.Mails;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestSmtp;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A new patient registers on a phone, confirms the address through the e-mailed link and is signed in by it. */
class RegistrationJourneyTest extends BrowserTest {

    @Autowired
    JavaMailSenderImpl mailSender;

    TestSmtp smtp;

    @BeforeAll
    void startSmtp() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNewPatientRegistersConfirmsTheirAddressAndLandsSignedInOnTheirHome() throws Exception {
        String email = TestAccounts.uniqueEmail("jana.journey");
        resizeTo(375, 800);
        open("register");
        List<WebElement> texts = waitForAll("vaadin-text-field input", 3);
        texts.get(0).sendKeys("Jana");
        texts.get(1).sendKeys("Journey");
        texts.get(2).sendKeys(TestAccounts.uniquePhone());
        driver.findElement(By.cssSelector("vaadin-email-field input")).sendKeys(email);
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('vaadin-date-picker').value = '1990-05-17';");
        List<WebElement> passwords = driver.findElements(By.cssSelector("vaadin-password-field input"));
        type(passwords.get(0), "a garden full of 🌻 sunflowers");
        type(passwords.get(1), "a garden full of 🌻 sunflowers");
        driver.findElement(By.xpath("//vaadin-button[contains(., 'Create account')]"))
                .click();

        assertThat(waitFor(By.id("registration-done")).getText()).startsWith("Check your e-mail");
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("registration-check-email-375");

        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        URI link = URI.create(
                Mails.link(Mails.to(smtp, email).getFirst(), "/confirm-email").orElseThrow());
        open(link.getRawPath().substring(1) + "?" + link.getRawQuery());
        waitFor(By.xpath("//vaadin-button[contains(., 'Confirm my e-mail address')]"))
                .click();

        assertThat(waitFor(By.id("patient-home")).getText()).contains("Jana Journey");
        open("account");
        assertThat(waitFor(By.id("download-my-data")).getText()).contains("Download my data");
        resizeTo(1280, 900); // the sign-out button is in the drawer on a phone
        signOut();
        signIn(email, "a garden full of 🌻 sunflowers");
        waitFor(By.id("patient-home"));
    }

    private List<WebElement> waitForAll(String css, int atLeast) {
        waitFor(By.cssSelector(css));
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        assertThat(found).hasSizeGreaterThanOrEqualTo(atLeast);
        return found;
    }
}

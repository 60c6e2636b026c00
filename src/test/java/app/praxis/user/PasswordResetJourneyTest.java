package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.support.BrowserTest;
import app.praxis.support.Mails;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestSmtp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A patient who forgot their password gets a link by e-mail (read from GreenMail), chooses a new password on a
 * phone-sized screen, signs in with it; the session they had open elsewhere is signed out.
 */
class PasswordResetJourneyTest extends BrowserTest {

    @Autowired
    PatientService patients;

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
    void aForgottenPasswordIsResetThroughTheEmailedLinkAndTheOtherSessionEnds() throws Exception {
        var account = TestAccounts.newAccount("Rita", "Reset");
        patients.register(account);

        WebDriver laptop = newBrowser("laptop");
        try {
            signInOn(laptop, account.email(), account.password());
            new WebDriverWait(laptop, Duration.ofSeconds(40))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("patient-home")));

            resizeTo(375, 800);
            open("login");
            waitFor(By.xpath("//vaadin-button[contains(., 'Forgot password?')]"))
                    .click();
            waitUntilUrlEndsWith("forgot-password");
            WebElement email = waitFor(By.cssSelector("vaadin-email-field input"));
            email.sendKeys(account.email());
            driver.findElement(By.xpath("//vaadin-button[contains(., 'Send me a link')]"))
                    .click();
            assertThat(waitFor(By.id("reset-answer")).getText()).startsWith("If an account exists for this address");
            assertThat(scrollsHorizontally()).isFalse();
            screenshot("forgot-password-375");

            assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
            var mail = Mails.to(smtp, account.email()).getFirst();
            URI link = URI.create(Mails.link(mail, "/password").orElseThrow());
            open(link.getRawPath().substring(1) + "?" + link.getRawQuery());

            waitFor(By.xpath("//h1[contains(., 'Choose a new password')]"));
            List<WebElement> fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
            assertThat(fields).hasSize(2);
            fields.get(0).sendKeys("password1234");
            fields.get(1).sendKeys("password1234");
            driver.findElement(By.xpath("//vaadin-button[contains(., 'Save password')]"))
                    .click();
            assertThat(waitFor(By.xpath("//vaadin-password-field[@invalid]")).getText())
                    .contains("most common passwords");
            assertThat(scrollsHorizontally()).isFalse();
            screenshot("reset-password-refused-375");

            for (WebElement field : fields) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "a walk along the quiet river");
            }
            driver.findElement(By.xpath("//vaadin-button[contains(., 'Save password')]"))
                    .click();
            waitUntilUrlEndsWith("login");

            signIn(account.email(), "a walk along the quiet river");
            waitFor(By.id("patient-home"));

            // the laptop's session signed in before the reset: its next request finds it ended
            laptop.navigate().refresh();
            new WebDriverWait(laptop, Duration.ofSeconds(40))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
            assertThat(laptop.getCurrentUrl()).endsWith("login");

            open(link.getRawPath().substring(1) + "?" + link.getRawQuery());
            assertThat(waitFor(By.id("link-problem")).getText()).contains("expired or was already used");
        } finally {
            laptop.quit();
            resizeTo(1280, 900);
        }
    }

    private void signInOn(WebDriver browser, String email, String password) {
        browser.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
    }
}

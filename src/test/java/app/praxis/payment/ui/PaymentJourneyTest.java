package app.praxis.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.security.Roles;
import app.praxis.support.BrowserTest;
import app.praxis.support.SignIn;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dr. Weber takes a card payment at the desk; the patient downloads the receipt (its text read back); the
 * practice cancels the visit, the policy refunds it, and the credit note appears on the patient's card.
 */
class PaymentJourneyTest extends BrowserTest {

    private static final String PATIENT = "lena.schwarz@example.org";
    private static final String DOCTOR = "dr.weber@praxis.demo";

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCardPaymentGivesTheReceiptAndThePracticesCancellationTheCreditNote() throws Exception {
        String reason = "Receipt journey " + UUID.randomUUID().toString().substring(0, 8);
        bookWithDrWeber(reason);

        signIn(DOCTOR, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/appointments");
        waitFor(By.id("doctor-agenda"));
        assertThat(cardWith(reason).getText()).contains("Payment: Pending");
        clickWhenUncovered(() -> cardWith(reason).findElement(By.cssSelector("vaadin-button.record-payment")));
        waitFor(By.id("payment-method")).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Card']")).click();
        driver.findElement(By.id("confirm-payment")).click();
        waitUntilCardSays(reason, "Paid by card on");
        screenshot("payment-doctor-recorded");
        signOutPastNotifications();

        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        open("appointments");
        WebElement card = cardWith(reason);
        assertThat(card.getText()).contains("Payment: Paid", "Paid by card on");
        WebElement receiptLink = card.findElement(By.cssSelector("a.receipt-link"));
        String receiptNumber = receiptLink.getText().replace("Receipt ", "").replace(" (PDF)", "");
        assertThat(receiptNumber).matches("\\d{4}-\\d{6}");
        String receipt = pdfText(receiptLink.getAttribute("href"));
        assertThat(receipt)
                .contains("Receipt " + receiptNumber, "Lena Schwarz", "Dr. Anna Weber", "Method Card", reason)
                .contains("exempt from VAT");
        screenshot("payment-patient-receipt");
        signOutPastNotifications();

        signIn(DOCTOR, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/appointments");
        clickWhenUncovered(() -> cardWith(reason).findElement(By.cssSelector("vaadin-button.cancel")));
        waitFor(By.cssSelector("#cancel-reason textarea")).sendKeys("The practice is closed that day, sorry.");
        driver.findElement(By.id("confirm-cancel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.xpath(cardXpath(reason))).isEmpty());
        signOutPastNotifications();

        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        open("appointments");
        waitUntilCardSays(reason, "Refunded");
        WebElement cancelled = cardWith(reason);
        assertThat(cancelled.getText()).contains("Cancelled", "Payment: Refunded", "Cancelled by the practice");
        String creditNote = pdfText(
                cancelled.findElement(By.cssSelector("a.credit-note-link")).getAttribute("href"));
        assertThat(creditNote)
                .contains("Credit note CN-", "Corrects receipt " + receiptNumber, "Cancelled by the practice");
        screenshot("payment-patient-credit-note");
        signOutPastNotifications();

        resizeTo(375, 812);
        signIn("admin@praxis.demo", DEMO_PASSWORD);
        waitFor(By.id("admin-home"));
        open("admin/payments");
        waitFor(By.cssSelector("#payments-grid"));
        assertThat(waitFor(By.id("payment-totals")).getText()).contains("By status", "Refunded");
        assertThat(scrollsHorizontally())
                .as("the payments page scrolls sideways on a phone")
                .isFalse();
        screenshot("payment-admin-375");
    }

    /** A success notification may cover "Sign out"; it is clicked as a script would. */
    private void signOutPastNotifications() {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", waitFor(By.id("logout")));
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    private void bookWithDrWeber(String reason) {
        long doctorId = jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.email = ?")
                .param(DOCTOR)
                .query(Long.class)
                .single();
        long patientUserId = jdbc.sql("SELECT user_id FROM users WHERE email = ?")
                .param(PATIENT)
                .query(Long.class)
                .single();
        // 07:05 is outside Dr. Weber's demo hours, so the slot is this journey's own.
        long slot = fixture.slot(doctorId, fixture.today().plusDays(3).atTime(7, 5));
        SignIn.as(patientUserId, Roles.PATIENT);
        try {
            booking.book(slot, reason);
        } finally {
            SignIn.out();
        }
    }

    /** Fetches a download link in the signed-in page (its session) and reads the PDF's text. */
    private String pdfText(String href) throws Exception {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                          let binary = '';
                          new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                          done(btoa(binary));
                        }).catch(e => done('ERROR ' + e));
                        """, href);
        byte[] pdf = Base64.getDecoder().decode(String.valueOf(base64));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            return new PDFTextStripper().getText(document);
        }
    }

    private void waitUntilCardSays(String reason, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> cardWith(reason).getText().contains(text));
    }

    private static String cardXpath(String reason) {
        return "//div[contains(@class,'appointment-card')][contains(., '" + reason + "')]";
    }

    private WebElement cardWith(String reason) {
        return waitFor(By.xpath(cardXpath(reason)));
    }
}

package app.praxis.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A doctor uploads a photo on their profile, and a patient then sees it on the doctor's directory card (fetched as
 * an image by the signed-in browser); the patient fills their profile, then rates a completed visit, and the
 * doctor's rating and count change on the doctor's page.
 */
class ProfileAndReviewJourneyTest extends BrowserTest {

    private static final String DOCTOR = "dr.becker@praxis.demo";
    private static final String PATIENT = "paul.neumann@example.org";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDoctorsNewPhotoShowsInTheDirectoryAndAPatientsReviewMovesTheRating() throws Exception {
        signIn(DOCTOR, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/profile");
        waitFor(By.id("doctor-profile"));
        WebElement upload = waitFor(By.id("photo-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('hidden')", input);
        input.sendKeys(portrait().toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(StaleElementReferenceException.class) // the avatar is redrawn when the photo arrives
                .until(d -> String.valueOf(avatarImage(d.findElement(By.id("profile-avatar"))))
                        .matches("photos/\\d+-[0-9a-f]{32}\\.jpg"));
        String photo = jdbc.sql("SELECT profile_photo FROM users WHERE email = ?")
                .param(DOCTOR)
                .query(String.class)
                .single();
        screenshot("profile-doctor-photo");
        signOutQuietly();

        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        open("doctors");
        // The card itself (class "doctor-card"), not the list around it ("praxis-doctor-cards") nor its parts.
        WebElement card = waitFor(By.xpath(
                "//div[contains(concat(' ', normalize-space(@class), ' '), ' doctor-card ')][contains(., 'Becker')]"));
        WebElement avatar = card.findElement(By.tagName("vaadin-avatar"));
        assertThat(avatarImage(avatar)).isEqualTo("photos/" + photo);
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status + ' '"
                                + " + r.headers.get('content-type')), e => done('failed'));",
                        "photos/" + photo);
        assertThat(status).isEqualTo("200 image/jpeg");
        screenshot("profile-directory-photo");

        open("profile");
        WebElement address = waitFor(By.cssSelector("#patient-profile-form vaadin-text-area textarea"));
        address.clear();
        address.sendKeys("Journeyweg 1, 10115 Berlin");
        click(waitFor(By.id("save-profile")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "Journeyweg 1, 10115 Berlin"
                .equals(jdbc.sql("SELECT address FROM users WHERE email = ?")
                        .param(PATIENT)
                        .query(String.class)
                        .single()));

        String reason = "Review journey " + UUID.randomUUID().toString().substring(0, 8);
        long doctorId = completedVisitWithBecker(reason);
        int before = reviewCount(doctorId);
        open("appointments");
        WebElement visit =
                waitFor(By.xpath("//div[contains(@class,'appointment-card')][contains(., '" + reason + "')]"));
        click(visit.findElement(By.cssSelector("vaadin-button.rate-visit")));
        click(waitFor(By.cssSelector("#review-stars vaadin-radio-button"))); // the first choice: five stars
        waitFor(By.cssSelector("#review-comment textarea")).sendKeys("Kind and clear.");
        click(waitFor(By.id("save-review")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> reviewCount(doctorId) == before + 1);
        screenshot("review-given");

        open("doctors/" + doctorId);
        String average = jdbc.sql("SELECT rating FROM doctors WHERE doctor_id = ?")
                .param(doctorId)
                .query(java.math.BigDecimal.class)
                .single()
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        WebElement page = waitFor(By.id("doctor-page"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> page.getText().contains("★ " + average + " · " + (before + 1) + " reviews"));
        assertThat(waitFor(By.id("latest-reviews")).getText()).contains("Kind and clear.", "Paul N.");
        resizeTo(375, 800);
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("review-doctor-page-375");
        resizeTo(1280, 900);
    }

    /** Scrolled into view first: on a short window a notification or the bottom edge may cover the element. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static Object avatarImage(WebElement avatar) {
        return avatar.getDomProperty("img");
    }

    private void signOutQuietly() {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", waitFor(By.id("logout")));
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    private int reviewCount(long doctorId) {
        return jdbc.sql("SELECT review_count FROM doctors WHERE doctor_id = ?")
                .param(doctorId)
                .query(Integer.class)
                .single();
    }

    /** A visit of Paul's with Dr. Becker two days ago in the evening (outside her hours), marked completed. */
    private long completedVisitWithBecker(String reason) {
        long doctorId = jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.email = ?")
                .param(DOCTOR)
                .query(Long.class)
                .single();
        long patientId = jdbc.sql("SELECT p.patient_id FROM patients p JOIN users u ON u.user_id = p.user_id"
                        + " WHERE u.email = ?")
                .param(PATIENT)
                .query(Long.class)
                .single();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(2);
        LocalTime start = LocalTime.of(21, (int) (System.nanoTime() % 4) * 10);
        var slot = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, is_booked)"
                        + " VALUES (?,?,?,?, TRUE)")
                .params(doctorId, day, start, start.plusMinutes(10))
                .update(slot);
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?,?,?,?,?,?, 'COMPLETED', ?, u.first_name, u.last_name, u.user_id FROM patients p"
                        + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(
                        doctorId,
                        patientId,
                        slot.getKey().longValue(),
                        day,
                        start,
                        start.plusMinutes(10),
                        reason,
                        patientId)
                .update();
        return doctorId;
    }

    private static Path portrait() throws Exception {
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillOval(220, 120, 200, 200);
        g.dispose();
        Path file = Files.createDirectories(Path.of("target", "journey")).resolve("portrait.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}

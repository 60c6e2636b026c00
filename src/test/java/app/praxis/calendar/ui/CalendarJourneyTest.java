package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CalendarJourneyTest extends BrowserTest {

    private static final String DOCTOR_EMAIL = "dr.weber@praxis.demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** Each journey starts signed out: the browser is shared by the class. */
    @AfterEach
    void forgetTheSession() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aDoctorSelectsAnEveningOnTheCalendarAndTheNewSlotsStayAfterAReload() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(16); // the clinic's today (a journey keeps the real clock)
        long doctorId = clearEveningOf(day);

        signIn(DOCTOR_EMAIL, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/calendar?view=day&date=" + day);
        WebElement from = lane("19:00:00");
        WebElement to = lane("19:45:00");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", from);

        new Actions(driver).clickAndHold(from).moveToElement(to).release().perform();

        assertThat(freeSlotTimes()).containsExactly("19:00 - 19:30", "19:30 - 20:00");
        assertThat(jdbc.sql("""
                        SELECT start_time FROM doctor_availability
                        WHERE doctor_id = ? AND available_date = ? AND start_time >= '19:00' AND source = 'ONE_OFF'
                        ORDER BY start_time""")
                        .param(doctorId)
                        .param(day)
                        .query(LocalTime.class)
                        .list())
                .containsExactly(LocalTime.of(19, 0), LocalTime.of(19, 30));
        screenshot("calendar-range-selected");

        driver.navigate().refresh();

        assertThat(driver.getCurrentUrl()).contains("date=" + day);
        lane("19:00:00");
        assertThat(freeSlotTimes()).containsExactly("19:00 - 19:30", "19:30 - 20:00");
        // The day's header is written as every other date in the app ("Wed 2 Dec"), not "Wed 12/2".
        assertThat(waitFor(By.cssSelector("praxis-full-calendar .fc-col-header-cell"))
                        .getText())
                .isEqualTo(day.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)));

        // The next day and back: the days' entries come with the response that shows them.
        waitFor(By.cssSelector("#calendar-toolbar vaadin-button[aria-label='Next']"))
                .click();
        waitFor(By.cssSelector("praxis-full-calendar .fc-col-header-cell[data-date='" + day.plusDays(1) + "']"));
        waitFor(By.cssSelector("#calendar-toolbar vaadin-button[aria-label='Previous']"))
                .click();
        waitFor(By.cssSelector("praxis-full-calendar .fc-col-header-cell[data-date='" + day + "']"));
        assertThat(freeSlotTimes()).containsExactly("19:00 - 19:30", "19:30 - 20:00");
    }

    @Test
    void aDoctorWhoChoseGermanReadsTheCalendarInGermanUpToItsDayHeaders() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(16);
        setLanguageOfDoctor("de");
        try {
            signIn(DOCTOR_EMAIL, DEMO_PASSWORD);
            waitFor(By.id("doctor-home"));
            open("doctor/calendar?view=week&date=" + day);

            assertThat(waitFor(By.cssSelector("praxis-full-calendar .fc-col-header-cell[data-date='" + day + "']"))
                            .getText())
                    .as("e.g. \"Do., 17. Dez.\", as the app writes dates in German")
                    .isEqualTo(day.format(DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMANY)));
            assertThat(waitFor(By.id("calendar-toolbar")).getText()).contains("Heute", "Abwesenheit");
            screenshot("calendar-german");
        } finally {
            setLanguageOfDoctor("en");
        }
    }

    private void setLanguageOfDoctor(String language) {
        jdbc.sql("UPDATE users SET language = ? WHERE email = ?")
                .param(language)
                .param(DOCTOR_EMAIL)
                .update();
    }

    @Test
    void onAPhoneTheCalendarOpensOnOneDayAndNeverScrollsSideways() throws Exception {
        signIn(DOCTOR_EMAIL, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        resizeTo(375, 812);
        try {
            open("doctor/calendar");
            waitFor(By.cssSelector("praxis-full-calendar .fc-timeGridDay-view"));
            screenshot("calendar-phone-day");

            assertThat(scrollsHorizontally()).isFalse();
        } finally {
            resizeTo(1280, 900);
        }
    }

    /** The demo clinic is generated: make sure the evening of {@code day} holds no slot and no time off. */
    private long clearEveningOf(LocalDate day) {
        long doctorId = jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.email = ?")
                .param(DOCTOR_EMAIL)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM doctor_time_off WHERE doctor_id = ? AND starts_at < ? AND ends_at > ?")
                .param(doctorId)
                .param(day.plusDays(1).atStartOfDay())
                .param(day.atStartOfDay())
                .update();
        jdbc.sql("""
                        DELETE FROM doctor_availability
                        WHERE doctor_id = ? AND available_date = ? AND end_time > '19:00' AND is_booked = FALSE
                          AND availability_id NOT IN (SELECT availability_id FROM appointments
                                                      WHERE availability_id IS NOT NULL)""").param(doctorId).param(day).update();
        return doctorId;
    }

    private WebElement lane(String time) {
        return waitFor(By.cssSelector("praxis-full-calendar td.fc-timegrid-slot-lane[data-time='" + time + "']"));
    }

    /** The evening's free slots as the calendar labels them, read in one go (FullCalendar re-renders entries). */
    @SuppressWarnings("unchecked")
    private List<String> freeSlotTimes() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var times = (List<String>) ((JavascriptExecutor) d)
                    .executeScript("return [...document.querySelectorAll("
                            + "'praxis-full-calendar .fc-timegrid-event.slot-free .fc-event-time')]"
                            + ".map(e => e.textContent).filter(t => t.startsWith('19:'))");
            return times.size() >= 2 ? times : null;
        });
    }
}

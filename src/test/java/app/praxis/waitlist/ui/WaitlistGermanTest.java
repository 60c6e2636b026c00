package app.praxis.waitlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.waitlist.NewWaitlistEntry;
import app.praxis.waitlist.WaitlistService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * A patient who speaks German: the offer e-mail is German with German dates whatever language the page that freed
 * the time spoke, and the waitlist page is German too.
 */
@IntegrationTest
class WaitlistGermanTest extends SpringBrowserlessTest {

    @Autowired
    WaitlistService waitlist;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String family;
    DoctorSummary doctor;
    PatientSummary early;
    PatientSummary waiting;
    LocalDateTime start;
    long appointment;

    @BeforeEach
    void aBookedTimeAndAGermanPatientWaitingForIt() {
        family = "Warte" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        early = fixture.quickPatient(family + "a");
        waiting = fixture.quickPatient(family + "b");
        jdbc.sql("UPDATE users SET language = 'de' WHERE user_id = ?")
                .param(waiting.userId())
                .update();
        start = fixture.today().plusDays(3).atTime(10, 0);
        long slot = fixture.slot(doctor.doctorId(), start);
        SignIn.as(early.userId(), Roles.PATIENT);
        appointment = booking.book(slot, "Check-up");
        SignIn.as(waiting.userId(), Roles.PATIENT);
        waitlist.join(new NewWaitlistEntry(
                doctor.doctorId(),
                start.toLocalDate().minusDays(1),
                start.toLocalDate().plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0)));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theOfferEMailIsInTheRecipientsLanguageWithItsDates() {
        SignIn.as(early.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Cannot come"); // on an English page: the e-mail still follows its recipient

        var mail = jdbc.sql("""
                        SELECT o.subject, o.body FROM mail_outbox o JOIN users u ON u.email = o.recipient
                        WHERE u.user_id = ? AND o.about LIKE 'waitlist offer%'""")
                .param(waiting.userId())
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String germanDay = Formats.of(Language.GERMAN).day(start.toLocalDate()); // "Sa., 5. Dez. 2026"
        assertThat(mail[0]).isEqualTo("Ein Termin bei Dr. Doc " + family + " ist frei: " + germanDay + " um 10:00");
        assertThat(mail[1])
                .startsWith("Guten Tag ")
                .contains("ist frei: Dr. Doc " + family + " am " + germanDay + " um 10:00.")
                .contains("für Sie reserviert", "/waitlist", "nächsten wartenden Patienten")
                .doesNotContain("Hello", "held for you");
    }

    @Test
    void theWaitlistPageSpeaksGermanWithGermanDatesAndItsOffer() {
        SignIn.as(early.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Cannot come");

        SignIn.as(waiting.userId(), Roles.PATIENT);
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate(WaitlistView.class, QueryParameters.of("doctor", String.valueOf(doctor.doctorId())));
        WaitlistView view = AopTestUtils.getUltimateTargetObject(getCurrentView());

        assertThat(view.getPageTitle()).isEqualTo("Warteliste · Praxis");
        assertThat(view.firstDay.getLabel()).isEqualTo("Ab Tag");
        assertThat(view.join.getText()).isEqualTo("Auf die Warteliste setzen");
        view.fromTime.setValue(LocalTime.of(14, 0));
        view.toTime.setValue(LocalTime.of(9, 0));
        test(view.join).click();
        assertThat(view.toTime.getErrorMessage()).isEqualTo("Die späteste Uhrzeit muss nach der frühesten liegen.");

        Formats german = Formats.of(Language.GERMAN);
        String text = view.entries.getElement().getTextRecursively();
        assertThat(text)
                .contains(german.day(start.toLocalDate().minusDays(1)) + " – "
                        + german.day(start.toLocalDate().plusDays(1)) + ", 09:00–12:00")
                .contains("Frei für Sie: " + german.day(start.toLocalDate()) + " um 10:00, reserviert bis ");
        Button take = find(Button.class).withClassName("accept").single();
        assertThat(take.getText()).isEqualTo("Buchen");
        assertThat(find(Button.class).withClassName("decline").single().getText())
                .isEqualTo("Diesen nicht");
        test(take).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                                + " WHERE p.user_id = ? AND a.status = 'SCHEDULED'")
                        .param(waiting.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}

package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mails and calendar files are written in their recipient's language (their account's), whatever language the
 * person causing them uses: a German patient and a German doctor get German subjects, bodies and dates.
 */
@IntegrationTest
class GermanMailsTest {

    private static final Formats GERMAN = Formats.of(Language.GERMAN);

    @Autowired
    BookingService booking;

    @Autowired
    ReminderService reminders;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;
    String family;

    record Mail(String subject, String body, String attachment) {}

    @BeforeEach
    void setUp() {
        family = "Brief" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        jdbc.sql("UPDATE users SET language = 'de' WHERE user_id IN (?, ?)")
                .params(patient.userId(), doctor.userId())
                .update();
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGermanPatientAndDoctorGetGermanMailsWithGermanDates() {
        LocalDateTime first = fixture.today().plusDays(3).atTime(10, 0);
        LocalDateTime second = fixture.today().plusDays(4).atTime(14, 30);
        long appointment = booking.book(fixture.slot(doctor.doctorId(), first), "Vorsorge");
        booking.reschedule(appointment, fixture.slot(doctor.doctorId(), second), "Dienstreise");
        booking.cancel(appointment, "Geht mir besser");

        List<Mail> toPatient = mailsTo(patient.userId());
        assertThat(toPatient).hasSize(3);
        Mail booked = toPatient.get(0);
        assertThat(booked.subject())
                .startsWith("Ihr Termin am ")
                .contains(GERMAN.longDate(first.toLocalDate()), " um 10:00")
                .doesNotContain("appointment");
        assertThat(booked.body())
                .startsWith("Guten Tag ")
                .contains("Ihr Termin bei Dr. Doc " + family + " ist für ")
                .contains(GERMAN.longDate(first.toLocalDate()));
        assertThat(booked.attachment()).contains("SUMMARY:Termin bei Dr. Doc " + family);

        Mail moved = toPatient.get(1);
        assertThat(moved.subject())
                .startsWith("Ihr Termin wurde verschoben auf ")
                .contains(GERMAN.longDate(second.toLocalDate()), "um 14:30");
        assertThat(moved.body()).contains("Grund: Dienstreise");

        Mail cancelled = toPatient.get(2);
        assertThat(cancelled.subject()).startsWith("Abgesagt: Ihr Termin am ");
        assertThat(cancelled.body()).contains("Ihr Grund: Geht mir besser");
        assertThat(cancelled.attachment()).contains("STATUS:CANCELLED");

        assertThat(mailsTo(doctor.userId()))
                .extracting(Mail::subject)
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("Neuer Termin: Pat " + family + " am "),
                        s -> assertThat(s).startsWith("Verschoben: Pat " + family + " auf "),
                        s -> assertThat(s).startsWith("Abgesagt: Pat " + family + " am "));
        assertThat(mailsTo(doctor.userId()).getFirst().body())
                .contains("Sie können diese E-Mails auf Ihrer Seite „Mein Tag“ ausschalten.");
    }

    @Test
    void anEnglishPatientOfTheSameDoctorStillGetsEnglish() {
        PatientSummary english =
                fixture.quickPatient("English" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(english.userId(), Roles.PATIENT);
        LocalDateTime start = fixture.today().plusDays(3).atTime(11, 0);
        booking.book(fixture.slot(doctor.doctorId(), start), "Check-up");

        assertThat(mailsTo(english.userId())).singleElement().satisfies(mail -> assertThat(mail.subject())
                .startsWith("Your appointment on ")
                .contains(Formats.of(Language.ENGLISH).longDate(start.toLocalDate()), " at 11:00"));
        assertThat(mailsTo(doctor.userId()).getFirst().subject()).startsWith("Neuer Termin:");
    }

    @Test
    void theReminderOfAGermanPatientIsGerman() {
        LocalDateTime start = fixture.today().plusDays(3).atTime(10, 0);
        booking.book(fixture.slot(doctor.doctorId(), start), "Vorsorge");

        clock.setTo(start.minusHours(24));
        reminders.sendDue();

        assertThat(mailsTo(patient.userId()))
                .filteredOn(mail -> mail.subject().startsWith("Erinnerung: Ihr Termin am "))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).contains(GERMAN.longDate(start.toLocalDate()), "um 10:00");
                    assertThat(mail.body()).contains("dies ist eine Erinnerung", "/appointments");
                });
    }

    private List<Mail> mailsTo(long userId) {
        return jdbc.sql("""
                        SELECT o.subject, o.body, o.attachment FROM mail_outbox o
                        JOIN users u ON u.email = o.recipient WHERE u.user_id = ? ORDER BY o.mail_id""")
                .param(userId)
                .query((rs, row) -> new Mail(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBytes(3) == null ? "" : new String(rs.getBytes(3), StandardCharsets.UTF_8)))
                .list();
    }
}

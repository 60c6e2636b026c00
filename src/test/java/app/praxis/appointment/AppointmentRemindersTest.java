package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders 24 h and 2 h before: once per appointment and kind (also with two nodes at once), with the calendar
 * file and the link to reschedule or cancel; never for a cancelled appointment or a patient who switched them
 * off; a rescheduled appointment gets new ones. The clock is moved, the job is called.
 */
@IntegrationTest
class AppointmentRemindersTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;
    String email;

    /** A row of the outbox for this patient. */
    record Mail(String subject, String body, String attachmentName, String attachment) {}

    @BeforeEach
    void setUp() {
        String family = "Remind" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        email = jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(patient.userId())
                .query(String.class)
                .single();
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientIsRemindedADayAndTwoHoursBeforeEachOnce() {
        LocalDateTime start = fixture.today().plusDays(3).atTime(10, 0);
        long appointment = booking.book(fixture.slot(doctor.doctorId(), start), "Check-up");

        moveTo(start.minusHours(24).minusMinutes(1));
        reminders.sendDue();
        assertThat(reminderMails()).as("not yet").isEmpty();

        moveTo(start.minusHours(24));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminderMails()).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .startsWith("Reminder: your appointment on")
                    .contains("10:00");
            assertThat(mail.body()).contains("http://localhost:8080/appointments", "Dr. Doc ");
            assertThat(mail.attachmentName()).endsWith(".ics");
            assertThat(mail.attachment()).contains("UID:appointment-" + appointment + "@praxis", "STATUS:CONFIRMED");
        });

        moveTo(start.minusHours(3));
        reminders.sendDue();
        assertThat(reminderMails()).hasSize(1);

        moveTo(start.minusHours(2));
        reminders.sendDue();
        moveTo(start.minusMinutes(30));
        reminders.sendDue();
        assertThat(reminderMails()).hasSize(2);
        assertThat(kinds(appointment)).containsExactlyInAnyOrder("PT24H", "PT2H");

        moveTo(start.plusHours(1));
        reminders.sendDue();
        assertThat(reminderMails()).as("nothing after the start").hasSize(2);
    }

    @Test
    void aCancelledAppointmentIsNeverRemindedAndAMovedOneIsRemindedOfItsNewTime() {
        LocalDateTime start = fixture.today().plusDays(3).atTime(9, 0);
        long cancelled = booking.book(fixture.slot(doctor.doctorId(), start), "First");
        LocalDateTime second = fixture.today().plusDays(3).atTime(11, 0);
        long moved = booking.book(fixture.slot(doctor.doctorId(), second), "Second");
        booking.cancel(cancelled, "Better");

        moveTo(second.minusHours(23));
        reminders.sendDue();
        assertThat(kinds(cancelled)).isEmpty();
        assertThat(kinds(moved)).containsExactly("PT24H");

        LocalDateTime later = second.plusDays(2);
        booking.reschedule(moved, fixture.slot(doctor.doctorId(), later), "Work");
        reminders.sendDue();
        assertThat(reminderMails()).hasSize(1);
        moveTo(later.minusHours(20));
        reminders.sendDue();
        assertThat(reminderMails())
                .as("the new time gets its own reminder")
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail.subject()).contains("11:00"));
    }

    @Test
    void aPatientWhoSwitchedThemOffGetsNone() {
        assertThat(reminders.remindersOn()).isTrue();
        reminders.setRemindersOn(false);
        assertThat(reminders.remindersOn()).isFalse();
        LocalDateTime start = fixture.today().plusDays(3).atTime(10, 0);
        booking.book(fixture.slot(doctor.doctorId(), start), "Check-up");

        moveTo(start.minusHours(1));
        reminders.sendDue();
        assertThat(reminderMails()).isEmpty();

        reminders.setRemindersOn(true);
        reminders.sendDue();
        assertThat(reminderMails()).hasSize(1);
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        List<Long> appointments = new ArrayList<>();
        LocalDateTime start = fixture.today().plusDays(3).atTime(8, 0);
        for (int i = 0; i < 6; i++) {
            appointments.add(booking.book(fixture.slot(doctor.doctorId(), start.plusMinutes(30L * i)), "Visit"));
        }
        moveTo(start.minusHours(12));
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var go = new CountDownLatch(1);
                List<Future<Integer>> runs = List.of(
                        pool.submit(() -> {
                            go.await();
                            return reminders.sendDue();
                        }),
                        pool.submit(() -> {
                            go.await();
                            return reminders.sendDue();
                        }));
                go.countDown();
                for (Future<Integer> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reminderMails()).hasSize(6);
        for (long appointment : appointments) {
            assertThat(kinds(appointment)).containsExactly("PT24H");
        }
    }

    private void moveTo(LocalDateTime wallClock) {
        clock.setTo(wallClock);
    }

    private List<String> kinds(long appointment) {
        return jdbc.sql("SELECT kind FROM appointment_reminders WHERE appointment_id = ?")
                .param(appointment)
                .query(String.class)
                .list();
    }

    private List<Mail> reminderMails() {
        return jdbc.sql("""
                        SELECT subject, body, attachment_name, attachment FROM mail_outbox
                        WHERE recipient = ? AND subject LIKE 'Reminder:%' ORDER BY mail_id""")
                .param(email)
                .query((rs, row) -> new Mail(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        new String(rs.getBytes(4), StandardCharsets.UTF_8)))
                .list();
    }
}

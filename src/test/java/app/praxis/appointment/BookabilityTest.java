package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BookabilityTest {

    @Autowired
    DoctorDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    DoctorSummary doctor;

    @BeforeEach
    void aPatientLooksAtADoctor() {
        doctor = fixture.doctor("Bookable");
        SignIn.as(fixture.quickPatient("Looker").userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorWithAFreeTimeInTheBookingWindowIsBookableWithTheNextFreeTime() {
        fixture.slot(doctor.doctorId(), 3, LocalTime.of(11, 0));
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));

        Bookability answer = directory.bookability(doctor.doctorId());

        assertThat(answer.bookable()).isTrue();
        assertThat(answer.nextFree()).isEqualTo(fixture.today().plusDays(2).atTime(9, 0));
        assertThat(answer.explanation()).startsWith("Patients can book; the next free time is ");
    }

    @Test
    void aDoctorNotAcceptingBookingsIsNotBookableWhateverTheSlots() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();

        Bookability answer = directory.bookability(doctor.doctorId());

        assertThat(answer.state()).isEqualTo(Bookability.State.NOT_ACCEPTING);
        assertThat(answer.next()).isEmpty();
        assertThat(answer.explanation()).contains("Not accepting new bookings");
        assertThat(directory.freeSlots(doctor.doctorId()))
                .as("the same answer as the booking screens")
                .isEmpty();
    }

    @Test
    void aDeactivatedDoctorIsNotBookableAndThatIsSaidFirst() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(doctor.userId())
                .update();

        assertThat(directory.bookability(doctor.doctorId()).state()).isEqualTo(Bookability.State.DEACTIVATED);
    }

    @Test
    void freeTimesOnlyInsideTheMinimumNoticeAreTooSoon() {
        fixture.slot(doctor.doctorId(), fixture.inMinutes(60));

        Bookability answer = directory.bookability(doctor.doctorId());

        assertThat(answer.state()).isEqualTo(Bookability.State.TOO_SOON);
        assertThat(answer.explanation()).contains("at least 2 hours ahead");
    }

    @Test
    void freeTimesOnlyInTimeOffSaySo() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(
                        doctor.doctorId(),
                        fixture.today().plusDays(2).atStartOfDay(),
                        fixture.today().plusDays(3).atStartOfDay())
                .update();

        assertThat(directory.bookability(doctor.doctorId()).state()).isEqualTo(Bookability.State.TIME_OFF);
    }

    @Test
    void freeTimesOnlyBeyondTheBookingWindowSaySo() {
        fixture.slot(doctor.doctorId(), 7 * 10, LocalTime.of(9, 0));

        Bookability answer = directory.bookability(doctor.doctorId());

        assertThat(answer.state()).isEqualTo(Bookability.State.OUTSIDE_HORIZON);
        assertThat(answer.explanation()).contains("8 weeks");
    }

    @Test
    void aDoctorWithoutFreeTimesSaysSoAndABookedSlotIsNoFreeTime() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(slot)
                .update();

        Bookability answer = directory.bookability(doctor.doctorId());

        assertThat(answer.state()).isEqualTo(Bookability.State.NO_FREE_TIMES);
        assertThat(answer.explanation()).isEqualTo("No free times in the next 8 weeks.");
    }
}

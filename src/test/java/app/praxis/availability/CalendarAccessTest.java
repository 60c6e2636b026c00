package app.praxis.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CalendarAccessTest {

    @Autowired
    AvailabilityService availability;

    @Autowired
    AvailabilityPreview preview;

    @Autowired
    DoctorService doctorService;

    @Autowired
    Clock clock;

    DoctorSummary doctorA;
    DoctorSummary doctorB;
    LocalDate day;

    @BeforeEach
    void twoDoctors() {
        doctorA = Doctors.create(doctorService, "Alpha");
        doctorB = Doctors.create(doctorService, "Beta");
        day = LocalDate.now(clock).plusDays(5);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorCannotReadOrEditAnotherDoctorsCalendar() {
        Doctors.signInAs(doctorA);

        assertThatThrownBy(() -> availability.calendar(doctorB.doctorId(), day, day))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.weeklyHours(doctorB.doctorId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.addSlots(
                        doctorB.doctorId(), new NewSlots(day.atTime(9, 0), day.atTime(10, 0), 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preview.bookableSlots(doctorB.doctorId())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(1, Roles.ADMIN);
        assertThat(availability.calendar(doctorB.doctorId(), day, day).slots()).isEmpty();
    }

    @Test
    void aPatientCannotUseTheCalendarAtAll() {
        SignIn.as(doctorA.userId() + 1_000_000, Roles.PATIENT);

        assertThatThrownBy(() -> availability.calendar(doctorA.doctorId(), day, day))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        availability.saveWeeklyHours(doctorA.doctorId(), new WeeklyHours(List.of(), 30, 0, day, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCanEditAnyDoctorsCalendar() {
        SignIn.as(1, Roles.ADMIN);

        List<CalendarSlot> added =
                availability.addSlots(doctorB.doctorId(), new NewSlots(day.atTime(9, 0), day.atTime(10, 0), 30));

        assertThat(added).hasSize(2).allMatch(slot -> slot.doctorId() == doctorB.doctorId());
    }
}

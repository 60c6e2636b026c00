package app.praxis.availability;

import static app.praxis.availability.AvailabilityServiceTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class HorizonRollerTest {

    @Autowired
    HorizonRoller roller;

    @Autowired
    AvailabilityService availability;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void rollingFillsTheDaysAfterTheLastGeneratedOneAndLeavesEditsInsideTheHorizonAlone() {
        DoctorSummary doctor = Doctors.create(doctorService, "Horizon");
        Doctors.signInAs(doctor);
        LocalDate today = LocalDate.now(clock);
        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        java.util.Arrays.stream(DayOfWeek.values())
                                .map(day -> new WeeklyInterval(day, at("09:00"), at("10:00")))
                                .toList(),
                        60,
                        0,
                        today,
                        null));
        LocalDate lastDay = today.plusWeeks(8).minusDays(1);
        // Pretend the last two weeks of the horizon were not generated yet, and the doctor deleted a slot in week 2.
        jdbc.sql("DELETE FROM doctor_availability WHERE doctor_id = ? AND available_date > ?")
                .param(doctor.doctorId())
                .param(lastDay.minusWeeks(2))
                .update();
        LocalDate edited = today.plusWeeks(1);
        CalendarSlot deleted =
                availability.calendar(doctor.doctorId(), edited, edited).slots().getFirst();
        availability.deleteSlot(doctor.doctorId(), deleted.id());

        SlotsRegenerated rolled = roller.roll(doctor.doctorId());

        assertThat(rolled.added()).isEqualTo(14);
        assertThat(availability.calendar(doctor.doctorId(), lastDay, lastDay).slots())
                .hasSize(1);
        assertThat(availability.calendar(doctor.doctorId(), edited, edited).slots())
                .isEmpty();
        assertThat(roller.roll(doctor.doctorId())).isEqualTo(new SlotsRegenerated(0, 0));
    }
}

package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor's name with a status in the time order, walked by start time along V0048's index (issue 18, round 22): with
 * start times shared by several days and doctors (ties broken by date, then id, two rows at one date and time), times
 * only some statuses have, every page at every offset (sizes 1, 4 and 7 in turn), both directions, with each status,
 * with a date range and without either, is the single query's; again after a booking and its cancellation (whose entry
 * moves to another status).
 */
@IntegrationTest
class NamedDoctorTimePagesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsNameWithAStatusInTheTimeOrderIsTheSingleQuerysPage() {
        String family = "Tim" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        List<DoctorSummary> doctors =
                List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family));
        PatientSummary patient = fixture.patient(family + "Pat");
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int t = 0; t < 7; t++) {
            LocalTime time = LocalTime.of(8, 0).plusMinutes(45L * t);
            // more rows at the earlier times; some times with one status only
            for (int k = 0; k < 9 - t; k++) {
                AppointmentStatus status = t == 5 ? AppointmentStatus.COMPLETED : statuses[written % statuses.length];
                written++;
                fixture.appointmentInSql(
                        doctors.get((t + k) % 3), patient, today.plusDays(k % 4 - 2), time, status, "Reason " + k);
            }
        }
        // two rows at one date and time (two doctors): the id breaks the tie
        for (int d = 0; d < 2; d++) {
            fixture.appointmentInSql(
                    doctors.get(d), patient, today, LocalTime.of(18, 0), AppointmentStatus.SCHEDULED, null);
        }
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT start_time) FROM appointments WHERE doctor_id = ?"
                                + " AND status = 'SCHEDULED'")
                        .param(doctors.get(0).doctorId())
                        .query(Long.class)
                        .single())
                .as("a status's rows at several times of one doctor")
                .isGreaterThan(2);
        GridJumpChecks.assertDoctorNamePages(rows, today, "written", family, AppointmentSort.TIME);

        PatientSummary booker = fixture.patient(family + "Booker");
        SignIn.as(booker.userId(), Roles.PATIENT);
        long booked = booking.book(fixture.slot(doctors.get(0).doctorId(), 1, LocalTime.of(19, 0)), "Check-up");
        GridJumpChecks.assertDoctorNamePages(rows, today, "after a booking", family, AppointmentSort.TIME);
        booking.cancel(booked, "Better.");
        GridJumpChecks.assertDoctorNamePages(rows, today, "after its cancellation", family, AppointmentSort.TIME);
    }
}

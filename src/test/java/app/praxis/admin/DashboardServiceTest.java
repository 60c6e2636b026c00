package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.AppointmentSummaries;
import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.PaymentSummaries;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Each figure and series on known data: a specialization of its own with two doctors and four patients, so the
 * figures narrowed to it count exactly these rows; the whole clinic's figures are checked against plain SQL.
 */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService service;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentSummaries appointmentSummaries;

    @Autowired
    PaymentSummaries paymentSummaries;

    @Autowired
    app.praxis.availability.SlotSummaries slotSummaries;

    @Autowired
    app.praxis.review.RatingTotals ratingTotals;

    long specialization;
    String specializationName;
    DoctorSummary first;
    DoctorSummary second;
    PatientSummary p1;
    PatientSummary p2;
    PatientSummary p3;
    PatientSummary p4;
    LocalDate today;
    /** The current period: the 14 days up to today; the previous one is the 14 days before. */
    DashboardFilter filter;

    @BeforeEach
    void knownClinic() {
        today = fixture.today();
        specializationName = "Dashboardology " + UUID.randomUUID();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param(specializationName)
                .update(key);
        specialization = key.getKey().longValue();
        first = fixture.doctor("Dash");
        second = fixture.doctor("Board");
        jdbc.sql("UPDATE doctors SET specialization_id = ?, rating = ? WHERE doctor_id = ?")
                .params(specialization, new BigDecimal("4.00"), first.doctorId())
                .update();
        jdbc.sql("UPDATE doctors SET specialization_id = ?, rating = ? WHERE doctor_id = ?")
                .params(specialization, new BigDecimal("4.50"), second.doctorId())
                .update();
        p1 = fixture.quickPatient("One");
        p2 = fixture.quickPatient("Two");
        p3 = fixture.quickPatient("Three");
        p4 = fixture.quickPatient("Four");

        // Current period [today-13, today]
        appointment(first, p1, 10, 9, AppointmentStatus.COMPLETED, null, "PAID", "80.00");
        appointment(first, p1, 9, 10, AppointmentStatus.NO_SHOW, null, "PENDING", "80.00");
        appointment(first, p2, 8, 9, AppointmentStatus.CANCELLED, p2.userId(), "PENDING", "80.00");
        appointment(second, p2, 8, 11, AppointmentStatus.CANCELLED, second.userId(), "REFUNDED", "50.00");
        appointment(second, p3, 5, 9, AppointmentStatus.COMPLETED, null, "PAID", "50.00");
        appointment(second, p4, 1, 9, AppointmentStatus.SCHEDULED, null, null, null);
        appointment(second, p3, 0, 8, AppointmentStatus.SCHEDULED, null, "PENDING", "60.00");
        fixture.slot(first.doctorId(), today.minusDays(3).atTime(14, 0), 30);
        fixture.slot(second.doctorId(), today.minusDays(2).atTime(14, 0), 60);
        // Previous period [today-27, today-14]
        appointment(first, p1, 20, 9, AppointmentStatus.COMPLETED, null, "PAID", "80.00");
        appointment(first, p3, 15, 9, AppointmentStatus.CANCELLED, p3.userId(), null, null);
        // Before both
        appointment(second, p2, 30, 9, AppointmentStatus.COMPLETED, null, "PAID", "50.00");
        // Written in plain SQL above, so the daily summaries are filled from the rows, as V0013 does on upgrade;
        // DashboardSummariesTest shows the services keep them in step.
        appointmentSummaries.rebuild();
        paymentSummaries.rebuild();
        slotSummaries.rebuild();
        ratingTotals.rebuild();

        filter = new DashboardFilter(today.minusDays(13), today, null, specialization);
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theFiguresCountTheKnownAppointmentsSlotsPaymentsAndRatings() {
        DashboardFigures now = service.figures(filter).current();

        assertThat(now.booked()).isEqualTo(7);
        assertThat(now.completed()).isEqualTo(2);
        assertThat(now.cancelledByPatient()).isEqualTo(1);
        assertThat(now.cancelledByPractice()).isEqualTo(1);
        assertThat(now.cancelled()).isEqualTo(2);
        assertThat(now.noShows()).isEqualTo(1);
        assertThat(now.noShowRate()).isCloseTo(1.0 / 3, within(1e-9));
        // 9 slots of 30 minutes and one of 60; the two cancelled appointments' slots are free again
        assertThat(now.publishedMinutes()).isEqualTo(300);
        assertThat(now.bookedMinutes()).isEqualTo(150);
        assertThat(now.utilization()).isEqualTo(0.5);
        // p3's first visit that happened (p3's earlier one was cancelled) and p4's; p1 and p2 came before
        assertThat(now.newPatients()).isEqualTo(2);
        assertThat(now.revenuePaid()).isEqualByComparingTo("180.00"); // 130 kept, 50 taken and refunded
        // the no-show's 80 and the scheduled 60; the cancelled appointment's pending 80 is not due
        assertThat(now.revenuePending()).isEqualByComparingTo("140.00");
        assertThat(now.revenueRefunded()).isEqualByComparingTo("50.00");
        assertThat(now.averageRating()).isEqualByComparingTo("4.25");
    }

    @Test
    void thePreviousPeriodIsTheSameLengthJustBefore() {
        assertThat(filter.previousFrom()).isEqualTo(today.minusDays(27));
        assertThat(filter.previousTo()).isEqualTo(today.minusDays(14));

        DashboardFigures before = service.figures(filter).previous();

        assertThat(before.booked()).isEqualTo(2);
        assertThat(before.completed()).isEqualTo(1);
        assertThat(before.cancelledByPatient()).isEqualTo(1);
        assertThat(before.cancelledByPractice()).isZero();
        assertThat(before.noShows()).isZero();
        assertThat(before.noShowRate()).isZero();
        assertThat(before.publishedMinutes()).isEqualTo(60);
        assertThat(before.bookedMinutes()).isEqualTo(30);
        assertThat(before.newPatients()).isEqualTo(1);
        assertThat(before.revenuePaid()).isEqualByComparingTo("80.00");
        assertThat(before.revenuePending()).isEqualByComparingTo("0");
        assertThat(before.revenueRefunded()).isEqualByComparingTo("0");
    }

    @Test
    void oneDoctorsFiguresCountOnlyTheirs() {
        var figures = service.figures(filter.forSpecialization(null).forDoctor(first.doctorId()));

        assertThat(figures.current().booked()).isEqualTo(3);
        assertThat(figures.current().publishedMinutes()).isEqualTo(120);
        assertThat(figures.current().bookedMinutes()).isEqualTo(60);
        // p1 first saw this doctor in the previous period; p2's only visit was cancelled
        assertThat(figures.current().newPatients()).isZero();
        assertThat(figures.previous().newPatients()).isEqualTo(1);
        assertThat(figures.current().averageRating()).isEqualByComparingTo("4.00");
    }

    @Test
    void theSeriesCountTheKnownDataByDayWeekDoctorSpecializationAndHour() {
        Dashboard dashboard = service.dashboard(filter);

        assertThat(dashboard.appointmentsPerDay())
                .containsExactly(
                        new DailyCount(today.minusDays(10), AppointmentStatus.COMPLETED, 1),
                        new DailyCount(today.minusDays(9), AppointmentStatus.NO_SHOW, 1),
                        new DailyCount(today.minusDays(8), AppointmentStatus.CANCELLED, 2),
                        new DailyCount(today.minusDays(5), AppointmentStatus.COMPLETED, 1),
                        new DailyCount(today.minusDays(1), AppointmentStatus.SCHEDULED, 1),
                        new DailyCount(today, AppointmentStatus.SCHEDULED, 1));

        assertThat(dashboard.revenuePerWeek())
                .allSatisfy(week -> assertThat(week.weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY))
                .extracting(WeeklyRevenue::weekStart)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(dashboard.revenuePerWeek().stream()
                        .map(WeeklyRevenue::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("180.00");
        assertThat(dashboard.revenuePerWeek().stream()
                        .map(WeeklyRevenue::pending)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("140.00");
        LocalDate noShowDay = today.minusDays(9);
        assertThat(dashboard.revenuePerWeek())
                .filteredOn(week -> !noShowDay.isBefore(week.weekStart())
                        && noShowDay.isBefore(week.weekStart().plusDays(7)))
                .singleElement()
                .satisfies(week -> assertThat(week.pending()).isGreaterThanOrEqualTo(new BigDecimal("80.00")));

        assertThat(dashboard.utilizationPerDoctor())
                .containsExactly(
                        // both at 50 %: by name, Board before Dash
                        new DoctorUtilization(second.doctorId(), second.fullName(), 90, 180),
                        new DoctorUtilization(first.doctorId(), first.fullName(), 60, 120));

        assertThat(dashboard.bookingsBySpecialization())
                .containsExactly(new SpecializationBookings(specializationName, 5));

        assertThat(dashboard.busiestHours()).extracting(HourCount::count).containsOnly(1L);
        assertThat(dashboard.busiestHours().stream().mapToLong(HourCount::count).sum())
                .isEqualTo(5);
        assertThat(dashboard.busiestHours())
                .contains(new HourCount(today.minusDays(9).getDayOfWeek(), 10, 1))
                .contains(new HourCount(today.getDayOfWeek(), 8, 1))
                .noneMatch(hour -> hour.hour() == 11); // the 11:00 appointment was cancelled
    }

    @Test
    void theWholeClinicsFiguresMatchPlainSqlCounts() {
        var all = new DashboardFilter(today.minusDays(29), today, null, null);
        DashboardFigures now = service.figures(all).current();
        LocalDate from = all.from();

        assertThat(now.booked())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments WHERE appointment_date" + " BETWEEN ? AND ?", from, today));
        assertThat(now.completed())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments WHERE status = 'COMPLETED'"
                                + " AND appointment_date BETWEEN ? AND ?",
                        from,
                        today));
        assertThat(now.noShows())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments WHERE status = 'NO_SHOW'"
                                + " AND appointment_date BETWEEN ? AND ?",
                        from,
                        today));
        assertThat(now.cancelledByPatient())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments a JOIN patients p"
                                + " ON p.patient_id = a.patient_id WHERE a.status = 'CANCELLED' AND a.cancelled_by = p.user_id"
                                + " AND a.appointment_date BETWEEN ? AND ?",
                        from,
                        today));
        assertThat(now.cancelled())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments WHERE status = 'CANCELLED'"
                                + " AND appointment_date BETWEEN ? AND ?",
                        from,
                        today));
        assertThat(now.publishedMinutes())
                .isEqualTo(count(
                        "SELECT COALESCE(SUM(TIMESTAMPDIFF(SECOND, start_time,"
                                + " end_time)), 0) DIV 60 FROM doctor_availability WHERE available_date BETWEEN ? AND ?",
                        from,
                        today));
        // Utilization from the slots' daily summary (V0015) against the slots themselves (a slot until midnight
        // ends at 00:00).
        String seconds = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),"
                + " TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))";
        assertThat(now.bookedMinutes())
                .isEqualTo(count(
                        "SELECT COALESCE(SUM(" + seconds + "), 0) DIV 60 FROM doctor_availability s"
                                + " WHERE s.is_booked AND s.available_date BETWEEN ? AND ?",
                        from,
                        today));
        UtilizationCheck.assertShows(
                service.dashboard(all),
                jdbc.sql("SELECT s.doctor_id, COALESCE(SUM(CASE WHEN s.is_booked"
                                + " THEN " + seconds + " END), 0) DIV 60, SUM(" + seconds + ") DIV 60"
                                + " FROM doctor_availability s WHERE s.available_date BETWEEN ? AND ?"
                                + " GROUP BY s.doctor_id")
                        .params(from, today)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                        .list());
        assertThat(now.revenuePaid())
                .isEqualByComparingTo(
                        jdbc.sql("SELECT COALESCE(SUM(p.paid_amount), 0) FROM payments p JOIN appointments a"
                                        + " ON a.appointment_id = p.appointment_id WHERE p.payment_status IN ('PAID', 'REFUNDED')"
                                        + " AND a.appointment_date BETWEEN ? AND ?")
                                .params(from, today)
                                .query(BigDecimal.class)
                                .single());
        assertThat(now.booked()).isGreaterThanOrEqualTo(7);
        assertThat(now.revenuePending())
                .isEqualByComparingTo(jdbc.sql("SELECT COALESCE(SUM(p.amount), 0) FROM payments p JOIN appointments a"
                                + " ON a.appointment_id = p.appointment_id WHERE p.payment_status IN ('PENDING', 'FAILED')"
                                + " AND a.status <> 'CANCELLED' AND a.appointment_date BETWEEN ? AND ?")
                        .params(from, today)
                        .query(BigDecimal.class)
                        .single());
        assertThat(now.revenueRefunded())
                .isEqualByComparingTo(jdbc.sql("SELECT COALESCE(SUM(p.refunded_amount), 0) FROM payments p JOIN"
                                + " appointments a ON a.appointment_id = p.appointment_id"
                                + " WHERE a.appointment_date BETWEEN ? AND ?")
                        .params(from, today)
                        .query(BigDecimal.class)
                        .single());

        // The dashboard reads revenue and its weeks in one pass (WITH ROLLUP): the same figures, and weeks that
        // add up to the period's total.
        Dashboard dashboard = service.dashboard(all);
        assertThat(dashboard.figures()).isEqualTo(service.figures(all));
        assertThat(dashboard.revenuePerWeek().stream()
                        .map(WeeklyRevenue::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(now.revenuePaid());
        assertThat(dashboard.revenuePerWeek().stream()
                        .map(WeeklyRevenue::pending)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(now.revenuePending());
        assertThat(dashboard.revenuePerWeek().stream()
                        .map(WeeklyRevenue::refunded)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(now.revenueRefunded());
    }

    @Test
    void theFiguresExportAsCsvWithBothPeriodsAndRawNumbers() throws Exception {
        var out = new java.io.ByteArrayOutputStream();

        service.exportCsv(filter, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .toList();
        assertThat(lines)
                .hasSize(13)
                .startsWith("Figure," + filter.from() + " to " + today + "," + filter.previousFrom() + " to "
                        + filter.previousTo() + ",Trend")
                .contains(
                        "Appointments booked,7,2,UP",
                        "Cancelled by patients,1,1,SAME",
                        "No-show rate,0.3333,0.0000,UP",
                        "Utilization,0.5000,0.5000,SAME",
                        "Revenue paid,180.00,80.00,UP",
                        "Average rating,4.25,4.25,SAME");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedOnTheEndDate() {
        var backwards = new DashboardFilter(today, today.minusDays(1), null, null);

        assertThatThrownBy(() -> service.dashboard(backwards))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("to"));
    }

    @Test
    void theReadyMadeRangesEndTodayOrAtTheEndOfTheWeekOrMonth() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(DashboardFilter.of(DashboardPeriod.THIS_WEEK, wednesday))
                .isEqualTo(new DashboardFilter(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), null, null));
        assertThat(DashboardFilter.of(DashboardPeriod.THIS_MONTH, wednesday))
                .isEqualTo(new DashboardFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, null));
        assertThat(DashboardFilter.of(DashboardPeriod.LAST_30_DAYS, wednesday).days())
                .isEqualTo(30);
    }

    @Test
    void doctorsAndPatientsAreRefused() {
        for (String role : new String[] {Roles.DOCTOR, Roles.PATIENT}) {
            SignIn.as(first.userId(), role);
            assertThatThrownBy(() -> service.dashboard(filter)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.figures(filter)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.today()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.exportCsv(filter, new java.io.ByteArrayOutputStream()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private long count(String sql, Object... params) {
        return fixture.count(sql, params);
    }

    /**
     * An appointment {@code daysAgo} at {@code hour}:00 for 30 minutes in a slot of its own (held unless cancelled),
     * with a payment if a status is given.
     */
    private void appointment(
            DoctorSummary doctor,
            PatientSummary patient,
            int daysAgo,
            int hour,
            AppointmentStatus status,
            @Nullable Long cancelledBy,
            @Nullable String paymentStatus,
            @Nullable String amount) {
        LocalDateTime start = today.minusDays(daysAgo).atTime(hour, 0);
        long slot = fixture.slot(doctor.doctorId(), start, 30);
        boolean live = status != AppointmentStatus.CANCELLED;
        jdbc.sql("UPDATE doctor_availability SET is_booked = ? WHERE availability_id = ?")
                .params(live, slot)
                .update();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, cancelled_by, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?,?,?,?,?,?,?,?, u.first_name, u.last_name, u.user_id FROM patients p"
                        + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(
                        doctor.doctorId(),
                        patient.patientId(),
                        slot,
                        start.toLocalDate(),
                        start.toLocalTime(),
                        start.toLocalTime().plusMinutes(30),
                        status.name(),
                        cancelledBy,
                        patient.patientId())
                .update(key);
        if (paymentStatus != null) {
            // Paid and refunded fees were taken in full; a refund gave all of it back.
            BigDecimal fee = new BigDecimal(amount);
            boolean taken = paymentStatus.equals("PAID") || paymentStatus.equals("REFUNDED");
            jdbc.sql("INSERT INTO payments (appointment_id, amount, payment_status, payment_method, paid_amount,"
                            + " refunded_amount) VALUES (?,?,?,?,?,?)")
                    .params(
                            key.getKey().longValue(),
                            fee,
                            paymentStatus,
                            taken ? "CASH" : null,
                            taken ? fee : null,
                            paymentStatus.equals("REFUNDED") ? fee : null)
                    .update();
        }
    }
}

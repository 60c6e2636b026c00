package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.availability.AvailabilityService;
import app.praxis.availability.CalendarSlot;
import app.praxis.availability.NewSlots;
import app.praxis.availability.NewTimeOff;
import app.praxis.availability.SlotTimes;
import app.praxis.availability.TimeOffService;
import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import app.praxis.base.DailyDeltas;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentFixture;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentService;
import app.praxis.payment.RefundRequest;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The daily summaries (V0013, V0015) follow every change the services make: after each step of a sequence of
 * bookings, moves, cancellations by the patient, the doctor and the practice's bulk cancel, outcomes, payments, a
 * declined card and refunds, every summary row of the test's doctors equals the same aggregate computed from the
 * source tables, and the dashboard's figures and series, read from the summaries, equal plain SQL over the
 * appointments, payments and slots. The slots' summary also follows the calendar's own changes: weekly hours
 * generated and changed, one-off slots (one until midnight), moves, resizes, deletes, time off added, changed and
 * removed. Several patients booking (and cancelling) on the same doctor's day at once lose no increment. The whole
 * clinic's rows per day (V0020: the day totals' cancellations by the patient and hours, the revenue's and slot
 * minutes' rows of doctor 0) equal the aggregates over every source row after each step, are what the whole clinic's
 * dashboard reads, and {@code rebuild()} repairs them.
 */
@IntegrationTest
class DashboardSummariesTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    PracticeTimeOffService practice;

    @Autowired
    PaymentService payments;

    @Autowired
    AvailabilityService availability;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentFixture paid;

    @Autowired
    TestClock clock;

    @Autowired
    app.praxis.doctor.DoctorProfileService profiles;

    /** docs/PERFORMANCE.md's check of the slots' summary ("Checking a summary"), word for word. */
    static final String SLOT_CHECK = """
            SELECT day, doctor_id FROM (
                SELECT slot_date AS day, doctor_id, published_seconds AS p, booked_seconds AS b FROM availability_daily_minutes
                    WHERE doctor_id <> 0 AND span_days = 1
                UNION ALL
                SELECT s.available_date, s.doctor_id,
                       -SUM(TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),
                            TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))),
                       -SUM(CASE WHEN s.is_booked THEN TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),
                            TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time)) ELSE 0 END)
                FROM doctor_availability s GROUP BY s.available_date, s.doctor_id) d
            GROUP BY day, doctor_id
            HAVING SUM(p) <> 0 OR SUM(b) <> 0""";

    @Autowired
    app.praxis.availability.SlotSummaries slotSummaries;

    @Autowired
    app.praxis.appointment.AppointmentSummaries appointmentSummaries;

    @Autowired
    app.praxis.payment.PaymentSummaries paymentSummaries;

    long specialization;
    DoctorSummary first;
    DoctorSummary second;
    LocalDate today;

    @BeforeEach
    void twoDoctorsOfTheirOwnSpecialization() {
        today = fixture.today();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param("Summaries " + UUID.randomUUID())
                .update(key);
        specialization = key.getKey().longValue();
        // other tests write appointments, payments and slots in plain SQL: the whole clinic's rows start in step
        appointmentSummaries.rebuild();
        paymentSummaries.rebuild();
        slotSummaries.rebuild();
        first = fixture.doctor("Summa");
        second = fixture.doctor("Rize");
        jdbc.sql("UPDATE doctors SET specialization_id = ? WHERE doctor_id IN (?, ?)")
                .params(specialization, first.doctorId(), second.doctorId())
                .update();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyChangeOfTheServicesKeepsTheSummariesEqualToTheSourceRows() {
        PatientSummary anna = fixture.quickPatient("Anna");
        PatientSummary ben = fixture.quickPatient("Ben");
        PatientSummary cem = fixture.quickPatient("Cem");
        long admin = paid.admin();

        long annaFirst = book(anna, first, 3, LocalTime.of(9, 0));
        assertInStep();
        long benFirst = book(ben, first, 3, LocalTime.of(10, 0));
        long cemSecond = book(cem, second, 4, LocalTime.of(11, 0));
        long annaSecond = book(anna, second, 5, LocalTime.of(14, 0));
        long cemFirst = book(cem, first, 7, LocalTime.of(16, 0));
        assertInStep();

        // Anna's first visit moves later, to a day after her visit with the second doctor.
        SignIn.as(anna.userId(), Roles.PATIENT);
        booking.reschedule(annaFirst, slot(first, 6, LocalTime.of(9, 0)), "Later suits me");
        assertInStep();

        // Ben cancels (the patient's), the second doctor cancels Cem's (the practice's).
        SignIn.as(ben.userId(), Roles.PATIENT);
        booking.cancel(benFirst, "Feeling better");
        SignIn.as(second.userId(), Roles.DOCTOR);
        booking.cancel(cemSecond, "The practice is closed that day");
        assertInStep();

        // Payments ahead of the visits: paid, part refunded; a declined card.
        payments.recordPayment(annaSecond, new NewPayment(PaymentMethod.CASH, new BigDecimal("80.00"), null));
        payments.refund(annaSecond, new RefundRequest(new BigDecimal("30.00"), "Shorter visit"));
        SignIn.as(first.userId(), Roles.DOCTOR);
        payments.recordDeclinedCard(annaFirst);
        payments.recordPayment(cemFirst, new NewPayment(PaymentMethod.CARD, new BigDecimal("80.00"), null));
        assertInStep();

        // A paid appointment cancelled by the practice: refunded in full.
        booking.cancel(cemFirst, "Dr. Summa is away");
        assertInStep();

        // The visits happen: one completed, one no-show (its declined fee is no longer due).
        clock.setTo(today.plusDays(6).atTime(18, 0));
        SignIn.as(second.userId(), Roles.DOCTOR);
        appointments.recordOutcome(annaSecond, AppointmentStatus.COMPLETED);
        SignIn.as(first.userId(), Roles.DOCTOR);
        appointments.recordOutcome(annaFirst, AppointmentStatus.NO_SHOW);
        assertInStep();

        // A later booking, cancelled by the admin's bulk cancel (as deactivating the doctor offers).
        long benLater = book(ben, second, 2, LocalTime.of(8, 0));
        SignIn.as(admin, Roles.ADMIN);
        practice.cancelUpcoming(second.doctorId(), List.of(benLater), "The doctor leaves the practice");
        assertInStep();

        SignIn.as(admin, Roles.ADMIN);
        var filter = new DashboardFilter(today, today.plusDays(13), null, specialization);
        assertTheDashboardEqualsPlainSql(filter);
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today, today.plusDays(13), first.doctorId(), null));
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today.plusDays(14), today.plusDays(27), null, null));
        // The whole clinic, read from its own rows per day (V0020), over the days of this sequence and around them.
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today, today.plusDays(13), null, null));
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today.minusDays(40), today.plusDays(60), null, null));
        assertTheReadyMadeRangesEqualPlainSql();
        assertTheCustomRangesEqualPlainSql();
        // The figures themselves, on this known sequence.
        DashboardFigures figures = dashboard.figures(filter).current();
        assertThat(figures.booked()).isEqualTo(6);
        assertThat(figures.completed()).isEqualTo(1);
        assertThat(figures.noShows()).isEqualTo(1);
        assertThat(figures.cancelledByPatient()).isEqualTo(1);
        assertThat(figures.cancelledByPractice()).isEqualTo(3);
        assertThat(figures.newPatients()).isEqualTo(1); // Anna; Ben's and Cem's visits were all cancelled
        assertThat(figures.revenuePaid()).isEqualByComparingTo("160.00");
        assertThat(figures.revenueRefunded()).isEqualByComparingTo("110.00");
        assertThat(figures.revenuePending()).isEqualByComparingTo("0.00");
    }

    @Test
    void aDoctorsNewSpecializationTakesTheirHistoryAlongAndRebuildRepairsTheRows() {
        PatientSummary dora = fixture.quickPatient("Dora");
        PatientSummary emil = fixture.quickPatient("Emil");
        book(dora, first, 2, LocalTime.of(9, 0));
        long emilFirst = book(emil, first, 3, LocalTime.of(10, 0));
        book(emil, second, 3, LocalTime.of(11, 0));
        SignIn.as(emil.userId(), Roles.PATIENT);
        booking.cancel(emilFirst, "Another time");
        assertInStep();
        var wholeClinic = new DashboardFilter(today, today.plusDays(13), null, null);
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheDashboardEqualsPlainSql(wholeClinic);

        // The admin gives the first doctor a specialization of their own: their history moves with them.
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param("Moved " + UUID.randomUUID())
                .update(key);
        long moved = key.getKey().longValue();
        String licence = jdbc.sql("SELECT license_number FROM doctors WHERE doctor_id = ?")
                .param(first.doctorId())
                .query(String.class)
                .single();
        profiles.setCredentials(first.doctorId(), licence, moved);
        assertInStep();
        assertTheDashboardEqualsPlainSql(wholeClinic);
        assertThat(dashboard.dashboard(wholeClinic).bookingsBySpecialization())
                .extracting(SpecializationBookings::bookings)
                .isNotEmpty();

        // Then none; a booking after it counts there too.
        profiles.setCredentials(first.doctorId(), licence, null);
        book(dora, first, 4, LocalTime.of(9, 0));
        assertInStep();
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheDashboardEqualsPlainSql(wholeClinic);

        // A row per specialization made wrong moves the chart by exactly that; rebuild() puts it back.
        var right = dashboard.dashboard(wholeClinic).bookingsBySpecialization();
        jdbc.sql("UPDATE appointment_daily_counts SET scheduled = scheduled + 5 WHERE count_date = ? AND doctor_id = ?")
                .params(today.plusDays(3), -1 - specialization)
                .update();
        assertThat(dashboard.dashboard(wholeClinic).bookingsBySpecialization()).isNotEqualTo(right);
        appointmentSummaries.rebuild();
        assertThat(dashboard.dashboard(wholeClinic).bookingsBySpecialization()).isEqualTo(right);
        // and a block of the slots' summary made wrong moves the utilization; rebuild() puts it back
        var utilization = utilization(wholeClinic);
        LocalDate slotDay = today.plusDays(3);
        var block = DailyDeltas.rows(wholeClinic.from(), wholeClinic.to()).stream()
                .filter(b ->
                        !slotDay.isBefore(b.from()) && slotDay.isBefore(b.from().plusDays(b.span())))
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.sql("UPDATE availability_daily_minutes SET booked_seconds = booked_seconds + 6000"
                                + " WHERE span_days = ? AND slot_date = ? AND doctor_id = ?")
                        .params(block.span(), block.from(), first.doctorId())
                        .update())
                .isOne();
        assertThat(utilization(wholeClinic)).isNotEqualTo(utilization);
        slotSummaries.rebuild();
        assertThat(utilization(wholeClinic)).isEqualTo(utilization);
        assertInStep();
        // the same with the kept window (V0023) a ready-made range is read from: the calendar month holding the slot
        // (a 30-day window is kept once it ends today since V0029, and this doctor's slots are all ahead)
        var slotsMonth = new DashboardFilter(
                slotDay.withDayOfMonth(1), slotDay.withDayOfMonth(slotDay.lengthOfMonth()), null, null);
        var window = DailyDeltas.rows(slotsMonth.from(), slotsMonth.to());
        assertThat(window).hasSize(1);
        var kept = utilization(slotsMonth);
        assertThat(jdbc.sql("UPDATE availability_daily_minutes SET booked_seconds = booked_seconds + 6000"
                                + " WHERE span_days = ? AND slot_date = ? AND doctor_id = ?")
                        .params(window.getFirst().span(), window.getFirst().from(), first.doctorId())
                        .update())
                .isOne();
        assertThat(utilization(slotsMonth)).isNotEqualTo(kept);
        slotSummaries.rebuild();
        assertThat(utilization(slotsMonth)).isEqualTo(kept);
        assertTheDashboardEqualsPlainSql(slotsMonth);
        assertInStep();
    }

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    app.praxis.review.ReviewService reviews;

    @Autowired
    app.praxis.review.RatingTotals ratingTotals;

    /**
     * V0023_1: the whole clinic's average rating from the kept sum and count less the inactive doctors equals AVG()
     * over the active doctors after every change of a rating through the review feature (a first review, another,
     * a changed one, one hidden by the admin, a second doctor's), a doctor deactivated and activated again, and
     * ratings written in plain SQL followed by {@code rebuild()}; a kept row made wrong moves the figure by exactly
     * that and {@code rebuild()} puts it back.
     */
    @Test
    void theWholeClinicsAverageRatingFollowsEveryRatingAndActiveFlag() {
        ratingTotals.rebuild(); // other tests write ratings in plain SQL
        PatientSummary rater = fixture.quickPatient("Rater");
        long visit1 = completedVisit(first, rater, 3);
        long visit2 = completedVisit(first, rater, 4);
        long visit3 = completedVisit(second, rater, 5);
        var wholeClinic = new DashboardFilter(today, today.plusDays(13), null, null);
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheRatingEqualsPlainSql(wholeClinic);

        SignIn.as(rater.userId(), Roles.PATIENT);
        var review1 = reviews.submit(visit1, 5, "Very kind");
        assertTheRatingEqualsPlainSql(wholeClinic);
        SignIn.as(rater.userId(), Roles.PATIENT);
        reviews.submit(visit2, 2, null);
        assertTheRatingEqualsPlainSql(wholeClinic);
        SignIn.as(rater.userId(), Roles.PATIENT);
        reviews.edit(review1.id(), 4, "Kind");
        assertTheRatingEqualsPlainSql(wholeClinic);
        SignIn.as(rater.userId(), Roles.PATIENT);
        var review3 = reviews.submit(visit3, 1, "Rude");
        assertTheRatingEqualsPlainSql(wholeClinic);
        SignIn.as(paid.admin(), Roles.ADMIN);
        reviews.hide(review3.id(), "Insulting language"); // the second doctor is unrated again
        assertTheRatingEqualsPlainSql(wholeClinic);
        SignIn.as(paid.admin(), Roles.ADMIN);
        userAdmin.setActive(first.userId(), false);
        assertTheRatingEqualsPlainSql(wholeClinic);
        userAdmin.setActive(first.userId(), true);
        assertTheRatingEqualsPlainSql(wholeClinic);

        // plain SQL, then rebuild()
        jdbc.sql("UPDATE doctors SET rating = 2.75 WHERE doctor_id IN (?, ?)")
                .params(first.doctorId(), second.doctorId())
                .update();
        ratingTotals.rebuild();
        assertTheRatingEqualsPlainSql(wholeClinic);
        // the kept row made wrong moves the whole clinic's figure; rebuild() puts it back
        BigDecimal right = dashboard.figures(wholeClinic).current().averageRating();
        jdbc.sql("UPDATE doctor_rating_totals SET rating_sum = rating_sum + 500 WHERE id = 1")
                .update();
        assertThat(dashboard.figures(wholeClinic).current().averageRating()).isNotEqualTo(right);
        ratingTotals.rebuild();
        assertThat(dashboard.figures(wholeClinic).current().averageRating()).isEqualTo(right);
        // the one doctor's and the specialization's figures keep their own query
        assertTheRatingEqualsPlainSql(wholeClinic.forDoctor(first.doctorId()));
        assertTheRatingEqualsPlainSql(wholeClinic.forSpecialization(specialization));
    }

    private long completedVisit(DoctorSummary doctor, PatientSummary patient, int daysAgo) {
        long appointment = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), daysAgo);
        jdbc.sql("UPDATE appointments SET status = 'COMPLETED' WHERE appointment_id = ?")
                .param(appointment)
                .update();
        return appointment;
    }

    private void assertTheRatingEqualsPlainSql(DashboardFilter filter) {
        SignIn.as(paid.admin(), Roles.ADMIN);
        String narrow = filter.doctorId() != null
                ? " AND d.doctor_id = " + filter.doctorId()
                : filter.specializationId() != null ? " AND d.specialization_id = " + filter.specializationId() : "";
        BigDecimal plain = jdbc.sql("SELECT CAST(AVG(d.rating) AS DECIMAL(4,2)) FROM doctors d"
                        + " JOIN users u ON u.user_id = d.user_id WHERE u.is_active" + narrow)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        BigDecimal read = dashboard.figures(filter).current().averageRating();
        if (plain == null) {
            assertThat(read).isNull();
        } else {
            assertThat(read).isEqualByComparingTo(plain);
        }
        assertThat(dashboard.dashboard(filter).figures().current().averageRating())
                .isEqualTo(read);
        // and the kept row is every doctor's sum and count
        assertThat(rows("SELECT 'totals', id, rating_sum, rated FROM doctor_rating_totals"))
                .isEqualTo(rows("SELECT 'totals', 1, COALESCE(SUM(rating), 0), COUNT(rating) FROM doctors"));
    }

    @Test
    void patientsBookingTheSameDoctorsDayAtOnceLoseNoIncrement() throws Exception {
        int patients = 6;
        List<PatientSummary> who = new ArrayList<>();
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            who.add(fixture.quickPatient("Rush" + i));
            slots.add(slot(first, 3, LocalTime.of(8 + i, 0)));
        }
        var ready = new CountDownLatch(patients);
        var go = new CountDownLatch(1);
        List<Future<Long>> booked = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(patients)) {
            for (int i = 0; i < patients; i++) {
                PatientSummary patient = who.get(i);
                long slot = slots.get(i);
                booked.add(pool.submit(() -> {
                    SignIn.as(patient.userId(), Roles.PATIENT);
                    try {
                        ready.countDown();
                        go.await();
                        return booking.book(slot, "Check-up");
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            ready.await();
            go.countDown();
        }
        for (var each : booked) {
            assertThat(each.get()).isPositive();
        }

        LocalDate day = today.plusDays(3);
        assertThat(jdbc.sql("SELECT scheduled FROM appointment_daily_counts WHERE count_date = ? AND doctor_id = ?")
                        .params(day, first.doctorId())
                        .query(Long.class)
                        .single())
                .isEqualTo(patients);
        assertThat(jdbc.sql("SELECT pending FROM payment_daily_revenue WHERE revenue_date = ? AND doctor_id = ?")
                        .params(day, first.doctorId())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(BookingFixture.FEE.multiply(BigDecimal.valueOf(patients)));
        assertThat(bookedSeconds(first, day)).isEqualTo(patients * 30 * 60L);
        assertInStep();

        // Half of them cancel at once: every cancellation's give-back counts.
        var go2 = new CountDownLatch(1);
        var cancelled = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(patients / 2)) {
            for (int i = 0; i < patients / 2; i++) {
                PatientSummary patient = who.get(i);
                long appointment = booked.get(i).get();
                cancelled.add(pool.submit(() -> {
                    SignIn.as(patient.userId(), Roles.PATIENT);
                    try {
                        go2.await();
                        booking.cancel(appointment, "Cannot come");
                        return null;
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            go2.countDown();
        }
        for (var each : cancelled) {
            each.get();
        }
        assertThat(bookedSeconds(first, day)).isEqualTo((patients - patients / 2) * 30 * 60L);
        assertInStep();
    }

    @Test
    void everyChangeOfTheCalendarKeepsTheSlotSummaryEqualToTheSlots() {
        PatientSummary dora = fixture.quickPatient("Dora");
        PatientSummary emil = fixture.quickPatient("Emil");
        SignIn.as(first.userId(), Roles.DOCTOR);
        var everyDay = new ArrayList<WeeklyInterval>();
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.add(new WeeklyInterval(day, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        }
        // Weekly hours generate the horizon's slots.
        var generated = availability.saveWeeklyHours(first.doctorId(), new WeeklyHours(everyDay, 30, 0, today, null));
        assertThat(generated.added()).isPositive();
        assertInStep();

        // One-off slots, one of them running until midnight.
        LocalDate day2 = today.plusDays(2);
        List<CalendarSlot> evening =
                availability.addSlots(first.doctorId(), new NewSlots(day2.atTime(18, 0), day2.atTime(19, 0), 30));
        availability.addSlots(
                first.doctorId(),
                new NewSlots(day2.atTime(23, 30), day2.plusDays(1).atStartOfDay(), 30));
        assertInStep();

        // Moved to another day and resized; resized in place; deleted.
        LocalDate day3 = today.plusDays(3);
        availability.moveSlot(
                first.doctorId(), evening.get(0).id(), new SlotTimes(day3.atTime(14, 0), day3.atTime(14, 45)));
        assertInStep();
        availability.moveSlot(
                first.doctorId(), evening.get(0).id(), new SlotTimes(day3.atTime(14, 0), day3.atTime(14, 20)));
        CalendarSlot weekly = free(day3, LocalTime.of(9, 0));
        availability.moveSlot(first.doctorId(), weekly.id(), new SlotTimes(day3.atTime(13, 0), day3.atTime(13, 50)));
        assertInStep();
        availability.deleteSlot(first.doctorId(), evening.get(1).id());
        availability.deleteSlot(
                first.doctorId(), free(day3, LocalTime.of(10, 0)).id());
        assertInStep();

        // Bookings, a reschedule, a cancellation.
        LocalDate day4 = today.plusDays(4);
        long nineOClock = free(day4, LocalTime.of(9, 0)).id();
        SignIn.as(dora.userId(), Roles.PATIENT);
        long doras = booking.book(nineOClock, "Check-up");
        assertInStep();
        long halfPastNine = free(day4, LocalTime.of(9, 30)).id();
        long earlier = free(day3, LocalTime.of(14, 0)).id();
        SignIn.as(emil.userId(), Roles.PATIENT);
        long emils = booking.book(halfPastNine, "Check-up");
        booking.reschedule(emils, earlier, "Earlier suits me");
        assertInStep();
        SignIn.as(dora.userId(), Roles.PATIENT);
        booking.cancel(doras, "Feeling better");
        assertInStep();
        long tenOClock = free(day4, LocalTime.of(10, 0)).id();
        SignIn.as(dora.userId(), Roles.PATIENT);
        booking.book(tenOClock, "Check-up");

        // Time off over day 4 keeps the booked slot and removes the free ones; changed to day 5; removed.
        SignIn.as(first.userId(), Roles.DOCTOR);
        var off = timeOff.addTimeOff(
                first.doctorId(),
                new NewTimeOff(day4.atStartOfDay(), day4.plusDays(1).atStartOfDay(), "Course", true));
        assertThat(off.freeSlotsRemoved()).isPositive();
        assertThat(off.bookedSlotsKept()).hasSize(1);
        assertInStep();
        LocalDate day5 = today.plusDays(5);
        var moved = timeOff.changeTimeOff(
                first.doctorId(),
                off.timeOff().id(),
                new NewTimeOff(day5.atStartOfDay(), day5.plusDays(1).atStartOfDay(), "Course", true));
        assertInStep();
        timeOff.deleteTimeOff(first.doctorId(), moved.timeOff().id());
        assertInStep();

        // Other weekly hours: the free weekly slots the old hours made go, the new ones come.
        var afternoons = new ArrayList<WeeklyInterval>();
        for (DayOfWeek day : DayOfWeek.values()) {
            afternoons.add(new WeeklyInterval(day, LocalTime.of(15, 0), LocalTime.of(16, 0)));
        }
        var regenerated =
                availability.saveWeeklyHours(first.doctorId(), new WeeklyHours(afternoons, 20, 0, today, null));
        assertThat(regenerated.removed()).isPositive();
        assertInStep();

        // The practice cancels the rest and takes the doctor's day 3 off.
        SignIn.as(paid.admin(), Roles.ADMIN);
        practice.cancelUpcoming(
                first.doctorId(),
                practice.upcomingOf(first.doctorId()).stream()
                        .map(row -> row.id())
                        .toList(),
                "The doctor leaves the practice");
        assertInStep();
        SignIn.as(first.userId(), Roles.DOCTOR);
        timeOff.addTimeOff(
                first.doctorId(),
                new NewTimeOff(day3.atStartOfDay(), day3.plusDays(1).atStartOfDay(), null, false));
        assertInStep();

        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today, today.plusDays(13), first.doctorId(), null));
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today, today.plusDays(13), null, specialization));
        assertTheDashboardEqualsPlainSql(new DashboardFilter(today, today.plusDays(13), null, null));
        assertTheReadyMadeRangesEqualPlainSql();
        assertTheCustomRangesEqualPlainSql();

        // The documented check finds a day out of step, and rebuild() repairs it.
        assertThat(slotDaysOutOfStep()).isEmpty();
        jdbc.sql("UPDATE availability_daily_minutes SET booked_seconds = booked_seconds + 60"
                        + " WHERE doctor_id = ? AND slot_date = ? AND span_days = 1")
                .params(first.doctorId(), day5)
                .update();
        assertThat(slotDaysOutOfStep()).containsExactly(day5 + " " + first.doctorId());
        slotSummaries.rebuild();
        assertThat(slotDaysOutOfStep()).isEmpty();
    }

    @Test
    void theWholeClinicsRowsAreWhatTheDashboardReadsAndRebuildRepairsThem() {
        PatientSummary anna = fixture.quickPatient("Anna");
        PatientSummary ben = fixture.quickPatient("Ben");
        long annaFirst = book(anna, first, 3, LocalTime.of(9, 0));
        long benSecond = book(ben, second, 3, LocalTime.of(13, 0));
        SignIn.as(ben.userId(), Roles.PATIENT);
        booking.cancel(benSecond, "Feeling better");
        SignIn.as(first.userId(), Roles.DOCTOR);
        payments.recordPayment(annaFirst, new NewPayment(PaymentMethod.CASH, new BigDecimal("80.00"), null));
        assertInStep();
        LocalDate day = today.plusDays(3);
        SignIn.as(paid.admin(), Roles.ADMIN);
        var wholeClinic = new DashboardFilter(day, day, null, null);
        assertTheDashboardEqualsPlainSql(wholeClinic);
        DashboardFigures before = dashboard.figures(wholeClinic).current();
        long atNine = atNine(wholeClinic);

        // The whole clinic's figures come from its own rows: made wrong on purpose, the dashboard says so ...
        jdbc.sql("UPDATE appointment_day_totals SET cancelled_by_patient = cancelled_by_patient - 1"
                        + " WHERE count_date = ? AND status = 'CANCELLED'")
                .param(day)
                .update();
        jdbc.sql("UPDATE appointment_day_totals SET h09 = h09 + 5 WHERE count_date = ? AND status = 'SCHEDULED'")
                .param(day)
                .update();
        jdbc.sql("UPDATE payment_daily_revenue SET paid = paid + 1 WHERE revenue_date = ? AND doctor_id = 0")
                .param(day)
                .update();
        jdbc.sql("UPDATE availability_daily_minutes SET published_seconds = published_seconds + 600"
                        + " WHERE slot_date = ? AND doctor_id = 0")
                .param(day)
                .update();
        DashboardFigures wrong = dashboard.figures(wholeClinic).current();
        assertThat(wrong.cancelledByPatient()).isEqualTo(before.cancelledByPatient() - 1);
        assertThat(wrong.revenuePaid())
                .isEqualByComparingTo(before.revenuePaid().add(BigDecimal.ONE));
        assertThat(wrong.publishedMinutes()).isEqualTo(before.publishedMinutes() + 10);
        assertThat(atNine(wholeClinic)).isEqualTo(atNine + 5);
        // ... while one doctor's figures still read that doctor's rows
        assertTheDashboardEqualsPlainSql(new DashboardFilter(day, day, first.doctorId(), null));

        // ... and rebuild() puts them back from the source rows.
        appointmentSummaries.rebuild();
        paymentSummaries.rebuild();
        slotSummaries.rebuild();
        assertInStep();
        assertTheDashboardEqualsPlainSql(wholeClinic);
        assertThat(dashboard.figures(wholeClinic).current()).isEqualTo(before);
    }

    /**
     * More doctors than the utilization chart names, with ties at both cuts (V0026): the whole clinic's ready-made
     * ranges read the busiest and the least busy from the ends of the share index and the others' bar from the
     * clinic's minutes, equal to every doctor's minutes from the slots after a booking and a cancellation move a
     * doctor's share; every kept window's share is its minutes' share (none elsewhere), also after rebuild().
     */
    @Test
    void manyDoctorsRankedFromTheShareIndexFollowEveryBookingAndRebuild() {
        for (int i = 0; i < 24; i++) {
            long doctor = fixture.doctor("Share" + i).doctorId();
            // four 30-minute slots today, i % 5 of them booked: shares 0, 1/4, 1/2, 3/4 and 1, five or so each
            for (int k = 0; k < 4; k++) {
                long slot = fixture.slot(doctor, 0, LocalTime.of(9 + k, 0));
                if (k < i % 5) {
                    jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                            .param(slot)
                            .update();
                }
            }
        }
        slotSummaries.rebuild();
        assertTheSharesAreTheWindowsShares();
        var last30 = DashboardFilter.of(DashboardPeriod.LAST_30_DAYS, today);
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertThat(dashboard.dashboard(last30).otherDoctors().doctors()).isPositive();
        assertTheReadyMadeRangesEqualPlainSql();
        assertTheCustomRangesEqualPlainSql();

        // the first doctor's share moves from none to all, then back to none, through the services
        PatientSummary anna = fixture.quickPatient("Anna");
        long visit = book(anna, first, 1, LocalTime.of(9, 0));
        assertTheSharesAreTheWindowsShares();
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheReadyMadeRangesEqualPlainSql();
        assertTheCustomRangesEqualPlainSql();
        SignIn.as(anna.userId(), Roles.PATIENT);
        booking.cancel(visit, "Feeling better");
        assertTheSharesAreTheWindowsShares();
        SignIn.as(paid.admin(), Roles.ADMIN);
        assertTheReadyMadeRangesEqualPlainSql();
        assertTheCustomRangesEqualPlainSql();
        var kept = rows("SELECT CONCAT(span_days, ' ', slot_date), doctor_id, booked_share"
                + " FROM availability_daily_minutes WHERE booked_share IS NOT NULL");
        slotSummaries.rebuild();
        assertThat(rows("SELECT CONCAT(span_days, ' ', slot_date), doctor_id, booked_share"
                        + " FROM availability_daily_minutes WHERE booked_share IS NOT NULL"))
                .isEqualTo(kept);
    }

    /** V0026's share: booked ÷ published whole minutes on the kept windows with a published minute, else none. */
    private void assertTheSharesAreTheWindowsShares() {
        var wrong = new ArrayList<String>();
        jdbc.sql("SELECT span_days, slot_date, doctor_id, published_seconds, booked_seconds, booked_share"
                        + " FROM availability_daily_minutes")
                .query(rs -> {
                    int span = rs.getInt(1);
                    long published = rs.getLong(4) / 60;
                    long booked = rs.getLong(5) / 60;
                    double share = rs.getDouble(6);
                    Double read = rs.wasNull() ? null : share;
                    boolean window =
                            DailyDeltas.isKeptWindow(new DailyDeltas.Block(span, rs.getObject(2, LocalDate.class)));
                    Double expected = window && published > 0 ? (double) booked / published : null;
                    if (!java.util.Objects.equals(read, expected)) {
                        wrong.add(span + " " + rs.getString(2) + " " + rs.getLong(3) + ": " + read);
                    }
                });
        assertThat(wrong).isEmpty();
    }

    private long atNine(DashboardFilter filter) {
        return dashboard.dashboard(filter).busiestHours().stream()
                .filter(h -> h.hour() == 9)
                .mapToLong(HourCount::count)
                .sum();
    }

    /**
     * The whole clinic's rows (V0020) equal the same aggregates over every source row, per day: the day totals'
     * appointments, cancellations by the patient and hours per status; revenue's and slot minutes' rows of doctor 0.
     */
    private void assertTheClinicRowsInStep() {
        assertThat(rows("SELECT count_date, status, total, cancelled_by_patient, " + hours("")
                        + " FROM appointment_day_totals WHERE total <> 0"))
                .isEqualTo(rows("SELECT a.appointment_date, a.status, COUNT(*),"
                        + " SUM(a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id), " + hours("a")
                        + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " GROUP BY a.appointment_date, a.status"));
        assertThat(rows("SELECT revenue_date, doctor_id, paid, pending, refunded FROM payment_daily_revenue"
                        + " WHERE doctor_id = 0 AND (paid <> 0 OR pending <> 0 OR refunded <> 0)"))
                .isEqualTo(rows("SELECT a.appointment_date, 0,"
                        + " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PAID', 'REFUNDED')"
                        + "     THEN COALESCE(pay.paid_amount, pay.amount) END), 0) AS paid,"
                        + " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PENDING', 'FAILED') AND a.status <> 'CANCELLED'"
                        + "     THEN pay.amount END), 0) AS pending,"
                        + " COALESCE(SUM(pay.refunded_amount), 0) AS refunded"
                        + " FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id"
                        + " GROUP BY a.appointment_date HAVING paid <> 0 OR pending <> 0 OR refunded <> 0"));
        String seconds = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),"
                + " TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))";
        assertThat(rows("SELECT slot_date, doctor_id, published_seconds, booked_seconds FROM availability_daily_minutes"
                        + " WHERE doctor_id = 0 AND (published_seconds <> 0 OR booked_seconds <> 0)"))
                .isEqualTo(rows("SELECT s.available_date, 0, SUM(" + seconds + "),"
                        + " SUM(CASE WHEN s.is_booked THEN " + seconds + " ELSE 0 END) FROM doctor_availability s"
                        + " GROUP BY s.available_date"));
    }

    /**
     * V0022's rows: each block of 2 … 256 days of the test's doctors equals the slots of its days, summed from the
     * slots themselves; each row per day and specialization (every doctor's, the whole database) equals the
     * appointments of that day whose doctor has that specialization now.
     */
    private void assertTheBlocksAndSpecializationRowsInStep(String doctors) {
        String seconds = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),"
                + " TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))";
        var fromSlots = new ArrayList<String>();
        for (int span = 2; span <= 256; span *= 2) {
            fromSlots.add("SELECT CONCAT(" + span + ", ' ', DATE_ADD('1970-01-01', INTERVAL"
                    + " DATEDIFF(s.available_date, '1970-01-01') DIV " + span + " * " + span + " DAY)) AS block,"
                    + " s.doctor_id, SUM(" + seconds + "), SUM(CASE WHEN s.is_booked THEN " + seconds
                    + " ELSE 0 END) FROM doctor_availability s WHERE s.doctor_id" + doctors
                    + " GROUP BY block, s.doctor_id");
        }
        assertThat(rows("SELECT CONCAT(span_days, ' ', slot_date), doctor_id, published_seconds, booked_seconds"
                        + " FROM availability_daily_minutes WHERE span_days IN (2, 4, 8, 16, 32, 64, 128, 256)"
                        + " AND doctor_id" + doctors + " AND (published_seconds <> 0 OR booked_seconds <> 0)"))
                .isEqualTo(rows(String.join(" UNION ALL ", fromSlots)))
                .isNotEmpty();
        // V0023's kept windows: each slot counted in the 30-day windows from each of the 30 days up to its day (those
        // rolled, V0029), in its week from Monday and in its calendar month (a month of 30 days being the 30-day
        // window from its first)
        String windows = "SELECT 30 AS span, DATE_SUB(s.available_date, INTERVAL k.back DAY) AS first_day, s.*"
                + " FROM doctor_availability s JOIN (SELECT t.d * 10 + u.d AS back FROM (SELECT 0 AS d UNION ALL"
                + " SELECT 1 UNION ALL SELECT 2) t JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2"
                + " UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7"
                + " UNION ALL SELECT 8 UNION ALL SELECT 9) u) k"
                + " UNION ALL SELECT 7, DATE_SUB(s.available_date, INTERVAL WEEKDAY(s.available_date) DAY), s.*"
                + " FROM doctor_availability s"
                + " UNION ALL SELECT DAY(LAST_DAY(s.available_date)), DATE_SUB(s.available_date,"
                + " INTERVAL DAY(s.available_date) - 1 DAY), s.* FROM doctor_availability s"
                + " WHERE DAY(LAST_DAY(s.available_date)) <> 30";
        assertThat(rows("SELECT CONCAT(span_days, ' ', slot_date), doctor_id, published_seconds, booked_seconds"
                        + " FROM availability_daily_minutes WHERE span_days IN (7, 28, 29, 30, 31)"
                        + " AND doctor_id" + doctors + " AND (published_seconds <> 0 OR booked_seconds <> 0)"))
                .isEqualTo(rows("SELECT CONCAT(s.span, ' ', s.first_day) AS w, s.doctor_id, SUM(" + seconds + "),"
                        + " SUM(CASE WHEN s.is_booked THEN " + seconds + " ELSE 0 END) FROM (" + windows + ") s"
                        + " WHERE s.doctor_id" + doctors + " AND (s.span <> 30 OR (DAY(s.first_day) = 1"
                        + " AND DAY(LAST_DAY(s.first_day)) = 30) OR s.first_day IN (SELECT first_day"
                        + " FROM availability_rolled_windows)) GROUP BY w, s.doctor_id"))
                .isNotEmpty();
        assertThat(rows("SELECT count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,"
                        + " cancelled_by_practice, " + hours("") + " FROM appointment_daily_counts"
                        + " WHERE doctor_id < 0 AND doctor_id > -1000000000 AND (scheduled + completed + no_shows + cancelled_by_patient"
                        + " + cancelled_by_practice) <> 0"))
                .isEqualTo(rows("SELECT a.appointment_date, -1 - COALESCE(d.specialization_id, 0) AS k,"
                        + " SUM(a.status = 'SCHEDULED'), SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),"
                        + " SUM(a.status = 'CANCELLED' AND a.cancelled_by = p.user_id),"
                        + " SUM(a.status = 'CANCELLED' AND (a.cancelled_by IS NULL OR a.cancelled_by <> p.user_id)), "
                        + hours("a") + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " JOIN doctors d ON d.doctor_id = a.doctor_id GROUP BY a.appointment_date, k"));
    }

    private List<Object> utilization(DashboardFilter filter) {
        Dashboard read = dashboard.dashboard(filter);
        return List.of(read.utilizationPerDoctor(), read.otherDoctors());
    }

    /** docs/PERFORMANCE.md's check of the slots' summary, narrowed to this test's doctors. */
    private List<String> slotDaysOutOfStep() {
        return jdbc.sql(SLOT_CHECK.replace(
                        "GROUP BY day, doctor_id",
                        "WHERE doctor_id IN (" + first.doctorId() + ", " + second.doctorId() + ")"
                                + " GROUP BY day, doctor_id"))
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
                .list();
    }

    /** The doctor's free slot that starts at {@code at} on {@code day}, as the calendar shows it. */
    private CalendarSlot free(LocalDate day, LocalTime at) {
        SignIn.as(first.userId(), Roles.DOCTOR);
        return availability.calendar(first.doctorId(), day, day).slots().stream()
                .filter(slot -> !slot.booked() && slot.start().equals(at))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no free slot at " + day + " " + at));
    }

    private long bookedSeconds(DoctorSummary doctor, LocalDate day) {
        return jdbc.sql("SELECT booked_seconds FROM availability_daily_minutes WHERE slot_date = ? AND doctor_id = ?"
                        + " AND span_days = 1")
                .params(day, doctor.doctorId())
                .query(Long.class)
                .single();
    }

    private long book(PatientSummary patient, DoctorSummary doctor, int daysAhead, LocalTime at) {
        long slot = slot(doctor, daysAhead, at);
        SignIn.as(patient.userId(), Roles.PATIENT);
        return booking.book(slot, "Check-up");
    }

    /** A 30-minute one-off slot added through the calendar's service, as the admin (the summary follows it). */
    private long slot(DoctorSummary doctor, int daysAhead, LocalTime at) {
        SignIn.as(paid.admin(), Roles.ADMIN);
        LocalDateTime start = fixture.today().plusDays(daysAhead).atTime(at); // today as the clock has it now
        return availability
                .addSlots(doctor.doctorId(), new NewSlots(start, start.plusMinutes(30), 30))
                .getFirst()
                .id();
    }

    /**
     * Every summary row of the test's doctors (and first visit of their patients) equals the aggregate of the source
     * rows: the consistency check of docs/PERFORMANCE.md, narrowed to this test's doctors.
     */
    private void assertInStep() {
        String doctors = " IN (" + first.doctorId() + ", " + second.doctorId() + ")";
        assertThat(rows("SELECT count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,"
                        + " cancelled_by_practice, " + hours("") + " FROM appointment_daily_counts"
                        + " WHERE doctor_id" + doctors + " AND (scheduled + completed + no_shows + cancelled_by_patient"
                        + " + cancelled_by_practice) <> 0"))
                .isEqualTo(rows("SELECT a.appointment_date, a.doctor_id, SUM(a.status = 'SCHEDULED'),"
                        + " SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),"
                        + " SUM(a.status = 'CANCELLED' AND a.cancelled_by = p.user_id),"
                        + " SUM(a.status = 'CANCELLED' AND (a.cancelled_by IS NULL OR a.cancelled_by <> p.user_id)), "
                        + hours("a") + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " WHERE a.doctor_id" + doctors + " GROUP BY a.appointment_date, a.doctor_id"));
        assertThat(rows("SELECT revenue_date, doctor_id, paid, pending, refunded FROM payment_daily_revenue"
                        + " WHERE doctor_id" + doctors + " AND (paid <> 0 OR pending <> 0 OR refunded <> 0)"))
                .isEqualTo(rows("SELECT a.appointment_date, a.doctor_id,"
                        + " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PAID', 'REFUNDED')"
                        + "     THEN COALESCE(pay.paid_amount, pay.amount) END), 0) AS paid,"
                        + " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PENDING', 'FAILED') AND a.status <> 'CANCELLED'"
                        + "     THEN pay.amount END), 0) AS pending,"
                        + " COALESCE(SUM(pay.refunded_amount), 0) AS refunded"
                        + " FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id"
                        + " WHERE a.doctor_id" + doctors + " GROUP BY a.appointment_date, a.doctor_id"
                        + " HAVING paid <> 0 OR pending <> 0 OR refunded <> 0"));
        assertThat(rows("SELECT patient_id, doctor_id, first_date FROM appointment_doctor_first_visits"
                        + " WHERE doctor_id" + doctors))
                .isEqualTo(rows("SELECT patient_id, doctor_id, MIN(appointment_date) FROM appointments"
                        + " WHERE status <> 'CANCELLED' AND doctor_id" + doctors + " GROUP BY patient_id, doctor_id"));
        String seconds = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),"
                + " TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))";
        assertThat(rows("SELECT slot_date, doctor_id, published_seconds, booked_seconds FROM availability_daily_minutes"
                        + " WHERE span_days = 1 AND doctor_id" + doctors
                        + " AND (published_seconds <> 0 OR booked_seconds <> 0)"))
                .isEqualTo(rows("SELECT s.available_date, s.doctor_id, SUM(" + seconds + "),"
                        + " SUM(CASE WHEN s.is_booked THEN " + seconds + " ELSE 0 END) FROM doctor_availability s"
                        + " WHERE s.doctor_id" + doctors + " GROUP BY s.available_date, s.doctor_id"));
        assertThat(slotDaysOutOfStep()).isEmpty();
        assertTheClinicRowsInStep();
        assertTheBlocksAndSpecializationRowsInStep(doctors);
        String patients = " IN (SELECT patient_id FROM appointments WHERE doctor_id" + doctors + ")";
        assertThat(rows("SELECT patient_id, first_date FROM appointment_first_visits WHERE patient_id" + patients))
                .isEqualTo(rows("SELECT patient_id, MIN(appointment_date) FROM appointments"
                        + " WHERE status <> 'CANCELLED' AND patient_id" + patients + " GROUP BY patient_id"));
    }

    /**
     * The ranges read from one kept window per doctor (V0023: 30 days from any day, a week from Monday, a calendar
     * month; the dashboard's ready-made ranges, also as the view computes them from today) against plain SQL.
     */
    private void assertTheReadyMadeRangesEqualPlainSql() {
        var ranges = new ArrayList<DashboardFilter>();
        for (var period :
                List.of(DashboardPeriod.LAST_30_DAYS, DashboardPeriod.THIS_WEEK, DashboardPeriod.THIS_MONTH)) {
            ranges.add(DashboardFilter.of(period, today));
            ranges.add(DashboardFilter.of(period, today.plusDays(10)));
            ranges.add(DashboardFilter.of(period, today.plusMonths(1)));
        }
        ranges.add(new DashboardFilter(today.minusDays(3), today.plusDays(26), null, null));
        for (var range : ranges) {
            assertThat(DailyDeltas.rows(range.from(), range.to())).hasSize(1);
            assertTheDashboardEqualsPlainSql(range);
            assertTheDashboardEqualsPlainSql(range.forDoctor(first.doctorId()));
        }
    }

    /**
     * Ranges that are no kept window (round 15: every doctor ranked once, a row per doctor read as it is where the range
     * is one block): the month to date, today alone, the aligned two days holding today (one block each) and five
     * days around today (several blocks), whole clinic and one doctor, against plain SQL.
     */
    private void assertTheCustomRangesEqualPlainSql() {
        LocalDate pair = DailyDeltas.blockStart(today, 2);
        var oneBlock = List.of(
                new DashboardFilter(today, today, null, null), new DashboardFilter(pair, pair.plusDays(1), null, null));
        var severalBlocks = new DashboardFilter(today.minusDays(2), today.plusDays(2), null, null);
        assertThat(DailyDeltas.rows(severalBlocks.from(), severalBlocks.to())).hasSizeGreaterThan(1);
        var ranges = new ArrayList<DashboardFilter>(oneBlock);
        ranges.add(severalBlocks);
        ranges.add(new DashboardFilter(today.withDayOfMonth(1), today, null, null));
        for (var range : ranges) {
            var rows = DailyDeltas.rows(range.from(), range.to());
            if (oneBlock.contains(range)) {
                assertThat(rows).hasSize(1);
                assertThat(DailyDeltas.isKeptWindow(rows.getFirst())).isFalse();
            }
            assertTheDashboardEqualsPlainSql(range);
            assertTheDashboardEqualsPlainSql(range.forDoctor(first.doctorId()));
        }
    }

    /** The dashboard's figures and series, read from the summaries, against the source tables. */
    private void assertTheDashboardEqualsPlainSql(DashboardFilter filter) {
        Dashboard read = dashboard.dashboard(filter);
        String narrow = filter.doctorId() != null
                ? " AND a.doctor_id = " + filter.doctorId()
                : filter.specializationId() != null
                        ? " AND a.doctor_id IN (SELECT doctor_id FROM doctors WHERE specialization_id = "
                                + filter.specializationId() + ")"
                        : "";
        String range = " a.appointment_date BETWEEN '" + filter.from() + "' AND '" + filter.to() + "'";
        DashboardFigures now = read.figures().current();
        assertThat(now.booked()).isEqualTo(count("SELECT COUNT(*) FROM appointments a WHERE" + range + narrow));
        assertThat(now.completed())
                .isEqualTo(
                        count("SELECT COUNT(*) FROM appointments a WHERE a.status = 'COMPLETED' AND" + range + narrow));
        assertThat(now.noShows())
                .isEqualTo(
                        count("SELECT COUNT(*) FROM appointments a WHERE a.status = 'NO_SHOW' AND" + range + narrow));
        assertThat(now.cancelledByPatient())
                .isEqualTo(count("SELECT COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " WHERE a.status = 'CANCELLED' AND a.cancelled_by = p.user_id AND" + range + narrow));
        assertThat(now.cancelled())
                .isEqualTo(
                        count("SELECT COUNT(*) FROM appointments a WHERE a.status = 'CANCELLED' AND" + range + narrow));
        assertThat(now.newPatients())
                .isEqualTo(count("SELECT COUNT(*) FROM (SELECT a.patient_id, MIN(a.appointment_date) AS first_day"
                        + " FROM appointments a WHERE a.status <> 'CANCELLED' AND" + range + narrow
                        + " GROUP BY a.patient_id) f WHERE NOT EXISTS (SELECT 1 FROM appointments a"
                        + " WHERE a.patient_id = f.patient_id AND a.appointment_date < f.first_day"
                        + " AND a.status <> 'CANCELLED'" + narrow + ")"));
        assertThat(now.revenuePaid())
                .isEqualByComparingTo(sum("SELECT COALESCE(SUM(COALESCE(pay.paid_amount, pay.amount)), 0) FROM payments"
                        + " pay JOIN appointments a ON a.appointment_id = pay.appointment_id"
                        + " WHERE pay.payment_status IN ('PAID', 'REFUNDED') AND" + range + narrow));
        assertThat(now.revenuePending())
                .isEqualByComparingTo(sum("SELECT COALESCE(SUM(pay.amount), 0) FROM payments pay JOIN appointments a"
                        + " ON a.appointment_id = pay.appointment_id WHERE pay.payment_status IN ('PENDING', 'FAILED')"
                        + " AND a.status <> 'CANCELLED' AND" + range + narrow));
        assertThat(now.revenueRefunded())
                .isEqualByComparingTo(sum("SELECT COALESCE(SUM(pay.refunded_amount), 0) FROM payments pay"
                        + " JOIN appointments a ON a.appointment_id = pay.appointment_id WHERE" + range + narrow));
        String slotRange = " s.available_date BETWEEN '" + filter.from() + "' AND '" + filter.to() + "'";
        String slotNarrow = narrow.replace("a.doctor_id", "s.doctor_id");
        String seconds = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),"
                + " TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))";
        assertThat(now.publishedMinutes())
                .isEqualTo(count("SELECT COALESCE(SUM(" + seconds + "), 0) DIV 60 FROM doctor_availability s WHERE"
                        + slotRange + slotNarrow));
        assertThat(now.bookedMinutes())
                .isEqualTo(count("SELECT COALESCE(SUM(" + seconds + "), 0) DIV 60 FROM doctor_availability s"
                        + " WHERE s.is_booked AND" + slotRange + slotNarrow));
        // The busiest and least busy doctors and the others' sums, against every doctor's minutes from the slots.
        UtilizationCheck.assertShows(
                read,
                jdbc.sql("SELECT s.doctor_id, COALESCE(SUM(CASE WHEN s.is_booked"
                                + " THEN " + seconds + " END), 0) DIV 60, SUM(" + seconds + ") DIV 60"
                                + " FROM doctor_availability s WHERE" + slotRange + slotNarrow
                                + " GROUP BY s.doctor_id")
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                        .list());
        assertThat(read.figures()).isEqualTo(dashboard.figures(filter));

        assertThat(read.appointmentsPerDay().stream()
                        .map(d -> List.of(d.day().toString(), d.status().name(), String.valueOf(d.count())))
                        .toList())
                .isEqualTo(jdbc.sql("SELECT a.appointment_date, a.status, COUNT(*) FROM appointments a WHERE" + range
                                + narrow
                                + " GROUP BY a.appointment_date, a.status ORDER BY a.appointment_date, a.status")
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3))))
                        .list());
        assertThat(read.busiestHours().stream()
                        .map(h -> List.of((long) h.day().getValue(), (long) h.hour(), h.count()))
                        .toList())
                .isEqualTo(jdbc.sql("SELECT WEEKDAY(a.appointment_date) + 1 AS d, HOUR(a.start_time) AS h, COUNT(*)"
                                + " FROM appointments a WHERE a.status <> 'CANCELLED' AND" + range + narrow
                                + " GROUP BY d, h ORDER BY d, h")
                        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                        .list());
        assertThat(read.bookingsBySpecialization().stream()
                        .mapToLong(SpecializationBookings::bookings)
                        .sum())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM appointments a WHERE a.status <> 'CANCELLED' AND" + range + narrow));
        // by the specialization each doctor has now, busiest first, then by name
        assertThat(read.bookingsBySpecialization())
                .isEqualTo(jdbc.sql("SELECT sp.name, COUNT(*) AS n FROM appointments a"
                                + " JOIN doctors d ON d.doctor_id = a.doctor_id"
                                + " LEFT JOIN specializations sp ON sp.specialization_id = d.specialization_id"
                                + " WHERE a.status <> 'CANCELLED' AND" + range + narrow
                                + " GROUP BY sp.specialization_id, sp.name ORDER BY n DESC, sp.name")
                        .query((rs, n) -> new SpecializationBookings(
                                rs.getString(1) == null ? SpecializationBookings.NONE : rs.getString(1), rs.getLong(2)))
                        .list());
    }

    private static String hours(String alias) {
        var columns = new ArrayList<String>();
        for (int hour = 0; hour < 24; hour++) {
            columns.add(
                    alias.isEmpty()
                            ? "h%02d".formatted(hour)
                            : "SUM(%s.status <> 'CANCELLED' AND HOUR(%s.start_time) = %d)"
                                    .formatted(alias, alias, hour));
        }
        return String.join(", ", columns);
    }

    /** The rows of a query as text, keyed by their first columns, in order (numbers compared by value). */
    private Map<String, List<String>> rows(String sql) {
        var rows = new TreeMap<String, List<String>>();
        jdbc.sql(sql).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            var values = new ArrayList<String>();
            for (int i = 3; i <= columns; i++) {
                Object value = rs.getObject(i);
                values.add(
                        value instanceof Number number
                                ? new BigDecimal(number.toString())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : String.valueOf(value));
            }
            rows.put(rs.getString(1) + " " + rs.getString(2), values);
        });
        return rows;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private BigDecimal sum(String sql) {
        return jdbc.sql(sql).query(BigDecimal.class).single();
    }
}

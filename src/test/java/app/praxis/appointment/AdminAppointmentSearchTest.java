package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The admins' appointments grid: every column sorts in the database, the count, the range check, the cancel. */
@IntegrationTest
class AdminAppointmentSearchTest {

    @Autowired
    AppointmentService service;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentSummaries summaries;

    String family;
    AppointmentFilter ours;
    List<Made> made = new ArrayList<>();

    /** What a test wrote, to compute the expected order in Java. */
    record Made(
            long id,
            LocalDate date,
            LocalTime time,
            String doctorLast,
            String patientLast,
            AppointmentStatus status,
            @Nullable String reason) {}

    @BeforeEach
    void setUp() {
        family = "Grid" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary alpha = fixture.doctor(family + "Alpha");
        DoctorSummary beta = fixture.doctor(family + "Beta");
        PatientSummary xavier = fixture.quickPatient(family + "Xavier");
        PatientSummary yusuf = fixture.quickPatient(family + "Yusuf");
        LocalDate today = fixture.today();
        make(alpha, xavier, today.minusDays(2), LocalTime.of(9, 0), AppointmentStatus.COMPLETED, "Back pain");
        make(beta, yusuf, today.minusDays(1), LocalTime.of(11, 0), AppointmentStatus.NO_SHOW, "Annual check");
        make(alpha, yusuf, today, LocalTime.of(10, 0), AppointmentStatus.COMPLETED, "Headache");
        make(beta, xavier, today, LocalTime.of(8, 0), AppointmentStatus.SCHEDULED, "Cough");
        make(alpha, xavier, today.plusDays(1), LocalTime.of(14, 0), AppointmentStatus.SCHEDULED, "Rash");
        make(beta, yusuf, today.plusDays(3), LocalTime.of(7, 30), AppointmentStatus.CANCELLED, "Dizziness");
        make(alpha, yusuf, today.plusDays(3), LocalTime.of(7, 30), AppointmentStatus.SCHEDULED, null);
        summaries.rebuild(); // written in plain SQL: a doctor's name is counted from the kept totals (round 11)
        ours = new AppointmentFilter(null, null, family, null, null, null, null);
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void unsortedTheGridShowsTodayFirstThenUpcomingSoonestFirstThenThePastLatestFirst() {
        assertThat(ids(service.search(ours, PageRequest.of(0, 50))))
                .containsExactly(
                        made.get(3).id(), // today 08:00
                        made.get(2).id(), // today 10:00
                        made.get(4).id(), // tomorrow
                        made.get(5).id(), // in three days, 07:30, the lower id first
                        made.get(6).id(),
                        made.get(1).id(), // yesterday
                        made.get(0).id()); // two days ago
    }

    @Test
    void everyColumnSortsBothWaysInTheDatabaseWithTiesBrokenByTheId() {
        Comparator<Made> byWhen =
                Comparator.comparing(Made::date).thenComparing(Made::time).thenComparing(Made::id);
        var expected = new java.util.LinkedHashMap<AppointmentSort, Comparator<Made>>();
        expected.put(AppointmentSort.DATE, byWhen);
        expected.put(
                AppointmentSort.TIME,
                Comparator.comparing(Made::time).thenComparing(Made::date).thenComparing(Made::id));
        expected.put(
                AppointmentSort.DOCTOR, Comparator.comparing(Made::doctorLast).thenComparing(byWhen));
        expected.put(
                AppointmentSort.PATIENT, Comparator.comparing(Made::patientLast).thenComparing(byWhen));
        expected.put(
                AppointmentSort.STATUS,
                Comparator.comparing((Made m) -> m.status().name()).thenComparing(byWhen));
        // SQL puts NULL first when ascending.
        expected.put(
                AppointmentSort.REASON,
                Comparator.comparing(Made::reason, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(byWhen));
        assertThat(expected.keySet())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(AppointmentSort.values())
                        .filter(sort -> sort != AppointmentSort.TODAY_FIRST)
                        .toArray(AppointmentSort[]::new));

        expected.forEach((sort, comparator) -> {
            List<Long> ascending =
                    made.stream().sorted(comparator).map(Made::id).toList();
            assertThat(ids(service.search(ours, PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, sort.name())))))
                    .as("%s ascending", sort)
                    .containsExactlyElementsOf(ascending);
            assertThat(ids(service.search(ours, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, sort.name())))))
                    .as("%s descending", sort)
                    .containsExactlyElementsOf(ascending.reversed());
        });
    }

    @Test
    void pagesOfASortedGridFitTogetherWithoutGapsOrRepeats() {
        Sort byStatus = Sort.by(Sort.Direction.ASC, "STATUS");
        var paged = new ArrayList<Long>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(ids(service.search(ours, PageRequest.of(page, 2, byStatus))));
        }
        assertThat(paged).containsExactlyElementsOf(ids(service.search(ours, PageRequest.of(0, 50, byStatus))));
    }

    @Test
    void aSortPropertyThatIsNoColumnNeverReachesTheQuery() {
        assertThatThrownBy(() -> service.search(ours, PageRequest.of(0, 5, Sort.by("a.appointment_id; DROP"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountIsThatOfTheFilteredRows() {
        assertThat(service.count(ours)).isEqualTo(7);
        assertThat(service.count(
                        new AppointmentFilter(null, null, family, null, AppointmentStatus.SCHEDULED, null, null)))
                .isEqualTo(3);
        assertThat(service.count(
                        new AppointmentFilter(null, null, family, family + "Xavier", null, fixture.today(), null)))
                .isEqualTo(2);
        assertThat(service.count(ours))
                .isEqualTo(fixture.count(
                        "SELECT COUNT(*) FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                                + " JOIN users u ON u.user_id = d.user_id WHERE u.last_name LIKE ?",
                        family + "%"));
    }

    @Test
    void aFromAfterToIsRefusedOnTheToFieldBySearchCountAndExport() {
        var backwards = new AppointmentFilter(
                null, null, family, null, null, fixture.today(), fixture.today().minusDays(1));

        for (var call : List.<Runnable>of(
                () -> service.search(backwards, PageRequest.of(0, 5)), () -> service.count(backwards), () -> {
                    try {
                        service.exportCsv(backwards, Sort.unsorted(), new ByteArrayOutputStream());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })) {
            var refused = catchThrowableOfType(InvalidInputException.class, call::run);
            assertThat(refused.fieldErrors()).containsOnlyKeys(AppointmentService.TO);
            assertThat(refused.fieldErrors().get(AppointmentService.TO)).contains("on or after");
        }
        var oneDay = new AppointmentFilter(null, null, family, null, null, fixture.today(), fixture.today());
        assertThat(service.count(oneDay)).isEqualTo(2);
    }

    @Test
    void theExportHasExactlyTheFilteredRowsInTheChosenOrder() throws Exception {
        Sort byPatientDown = Sort.by(Sort.Direction.DESC, "PATIENT");
        var out = new ByteArrayOutputStream();

        service.exportCsv(ours, byPatientDown, out);

        List<Long> exported = new String(out.toByteArray(), StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .skip(1)
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .toList();
        assertThat(exported).containsExactlyElementsOf(ids(service.search(ours, PageRequest.of(0, 50, byPatientDown))));
    }

    @Test
    void thePracticeCancelsAnUpcomingAppointmentWithAMessageButNotOneThatStartedOrEnded() {
        Made tomorrow = made.get(4);
        var row = service.search(ours, PageRequest.of(0, 50)).stream()
                .filter(r -> r.id() == tomorrow.id())
                .findFirst()
                .orElseThrow();
        assertThat(service.practiceMayCancel(row)).isTrue();

        var noMessage = catchThrowableOfType(InvalidInputException.class, () -> booking.cancel(tomorrow.id(), " "));
        assertThat(noMessage.fieldErrors()).containsKey(BookingService.REASON);
        assertThat(fixture.status(tomorrow.id())).isEqualTo("SCHEDULED");

        booking.cancel(tomorrow.id(), "Dr. is ill, please book again");

        assertThat(fixture.status(tomorrow.id())).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT cancellation_reason FROM appointments WHERE appointment_id = ?")
                        .param(tomorrow.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Dr. is ill, please book again");
        var completed = catchThrowableOfType(
                InvalidInputException.class,
                () -> booking.cancel(made.getFirst().id(), "Too late"));
        assertThat(completed.fieldErrors().values())
                .anySatisfy(message -> assertThat(message).contains("can no longer be changed"));

        LocalDateTime started = fixture.inMinutes(-10).withSecond(0).withNano(0);
        long running =
                insert(made.get(2), started.toLocalDate(), started.toLocalTime(), AppointmentStatus.SCHEDULED, "Now");
        var startedRow = service.search(ours, PageRequest.of(0, 50)).stream()
                .filter(r -> r.id() == running)
                .findFirst()
                .orElseThrow();
        assertThat(service.practiceMayCancel(startedRow)).isFalse();
        var tooLate = catchThrowableOfType(InvalidInputException.class, () -> booking.cancel(running, "Sorry"));
        assertThat(tooLate.fieldErrors().values())
                .anySatisfy(message -> assertThat(message).contains("already started"));
    }

    @Test
    void onlyAdminsSearchCountAndExport() {
        SignIn.as(2, Roles.DOCTOR);
        assertThatThrownBy(() -> service.search(ours, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignIn.as(3, Roles.PATIENT);
        assertThatThrownBy(() -> service.count(ours)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.exportCsv(ours, Sort.unsorted(), new ByteArrayOutputStream()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void make(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        String doctorLast = doctor.fullName().substring(doctor.fullName().lastIndexOf(' ') + 1);
        String patientLast = patient.fullName().substring(patient.fullName().lastIndexOf(' ') + 1);
        long id = write(doctor.doctorId(), patient.patientId(), date, time, status, reason);
        made.add(new Made(id, date, time, doctorLast, patientLast, status, reason));
    }

    /** Another appointment of the same doctor and patient as {@code like}. */
    private long insert(Made like, LocalDate date, LocalTime time, AppointmentStatus status, String reason) {
        long doctorId = jdbc.sql("SELECT doctor_id FROM appointments WHERE appointment_id = ?")
                .param(like.id())
                .query(Long.class)
                .single();
        long patientId = jdbc.sql("SELECT patient_id FROM appointments WHERE appointment_id = ?")
                .param(like.id())
                .query(Long.class)
                .single();
        return write(doctorId, patientId, date, time, status, reason);
    }

    private long write(
            long doctorId,
            long patientId,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        // Never past midnight (an appointment keeps its day).
        LocalTime end = time.plusMinutes(20).isAfter(time) ? time.plusMinutes(20) : LocalTime.of(23, 59);
        long slot = fixture.slot(doctorId, date.atTime(time), (int)
                java.time.Duration.between(time, end).toMinutes());
        jdbc.sql("UPDATE doctor_availability SET is_booked = ? WHERE availability_id = ?")
                .params(status != AppointmentStatus.CANCELLED, slot)
                .update();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?,?,?,?,?,?,?,?, u.first_name, u.last_name, u.user_id FROM patients p"
                        + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(doctorId, patientId, slot, date, time, end, status.name(), reason, patientId)
                .update(key);
        return key.getKey().longValue();
    }

    private static List<Long> ids(List<AppointmentRow> rows) {
        return rows.stream().map(AppointmentRow::id).toList();
    }
}

package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DirectoryQuery;
import app.praxis.appointment.DoctorCard;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Deactivating a doctor keeps or cancels their upcoming appointments, all or nothing. */
@IntegrationTest
class DoctorDeactivationTest {

    @Autowired
    UserAdminService service;

    @Autowired
    BookingService booking;

    @Autowired
    DoctorDirectory directory;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    long admin;

    String family;
    DoctorSummary doctor;
    PatientSummary anna;
    PatientSummary bert;
    long past;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        family = "Deac" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        anna = fixture.quickPatient(family + "Anna");
        bert = fixture.quickPatient(family + "Bert");
        past = fixture.pastAppointment(doctor.doctorId(), anna.patientId(), 2);
        first = book(anna, 3, LocalTime.of(9, 0));
        second = book(bert, 5, LocalTime.of(11, 0));
        SignIn.as(-1, Roles.ADMIN);
        admin = users.createStaffAccount(TestAccounts.newAccount("Ada", family), Role.ADMIN)
                .id();
        SignIn.as(admin, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theAdminIsShownTheDoctorsUpcomingAppointmentsSoonestFirstAndNoneForOtherAccounts() {
        assertThat(service.upcomingAppointments(doctor.userId()))
                .extracting(AppointmentRow::id)
                .containsExactly(first, second);
        assertThat(service.upcomingAppointments(anna.userId())).isEmpty();
    }

    @Test
    void keepingLeavesTheAppointmentsBookedAndTheDoctorLeavesTheDirectory() {
        assertThat(directoryIds()).containsExactly(doctor.doctorId());

        service.deactivate(doctor.userId(), FutureAppointments.KEEP, List.of(), null);

        assertThat(isActive(doctor.userId())).isFalse();
        assertThat(List.of(fixture.status(first), fixture.status(second))).containsOnly("SCHEDULED");
        assertThat(directoryIds()).isEmpty();
    }

    @Test
    void cancellingCancelsEveryUpcomingAppointmentWithTheMessageAndLeavesThePastAlone() {
        service.deactivate(
                doctor.userId(),
                FutureAppointments.CANCEL,
                List.of(first, second),
                "Dr. " + family + " has left the practice; please book with a colleague.");

        assertThat(isActive(doctor.userId())).isFalse();
        assertThat(List.of(fixture.status(first), fixture.status(second))).containsOnly("CANCELLED");
        assertThat(fixture.status(past)).isEqualTo("SCHEDULED");
        assertThat(jdbc.sql("SELECT cancellation_reason FROM appointments WHERE appointment_id = ?")
                        .param(second)
                        .query(String.class)
                        .single())
                .contains("has left the practice");
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM appointments WHERE appointment_id IN (?, ?) AND cancelled_by = ?",
                        first,
                        second,
                        admin))
                .isEqualTo(2);
        assertThat(directoryIds()).isEmpty();
    }

    @Test
    void withoutAMessageNothingIsCancelledAndTheDoctorStaysActive() {
        var refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> service.deactivate(doctor.userId(), FutureAppointments.CANCEL, List.of(first, second), " "));

        assertThat(refused.fieldErrors()).containsOnlyKeys(PracticeTimeOffService.MESSAGE);
        assertThat(isActive(doctor.userId())).isTrue();
        assertThat(List.of(fixture.status(first), fixture.status(second))).containsOnly("SCHEDULED");
    }

    @Test
    void anAppointmentBookedSinceTheAdminLookedRefusesAllOfItAndIsNamed() {
        List<Long> shown = service.upcomingAppointments(doctor.userId()).stream()
                .map(AppointmentRow::id)
                .toList();
        long meanwhile = book(anna, 6, LocalTime.of(10, 0));
        SignIn.as(admin, Roles.ADMIN);

        var refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> service.deactivate(doctor.userId(), FutureAppointments.CANCEL, shown, "Sorry"));

        assertThat(refused.fieldErrors()).containsOnlyKeys(PracticeTimeOffService.BOOKED);
        assertThat(refused.fieldErrors().get(PracticeTimeOffService.BOOKED)).contains("Pat " + family + "Anna");
        assertThat(isActive(doctor.userId())).isTrue();
        assertThat(List.of(fixture.status(first), fixture.status(second), fixture.status(meanwhile)))
                .containsOnly("SCHEDULED");
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndOnlyAdminsDecide() {
        var refused = catchThrowableOfType(
                InvalidInputException.class, () -> service.deactivate(admin, FutureAppointments.KEEP, List.of(), null));
        assertThat(refused.fieldErrors()).containsKey("active");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> service.upcomingAppointments(doctor.userId()))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignIn.as(anna.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> service.deactivate(doctor.userId(), FutureAppointments.CANCEL, List.of(), "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(isActive(doctor.userId())).isTrue();
    }

    private long book(PatientSummary patient, int daysAhead, LocalTime time) {
        long slot = fixture.slot(doctor.doctorId(), daysAhead, time);
        SignIn.as(patient.userId(), Roles.PATIENT);
        return booking.book(slot, "Check-up");
    }

    private List<Long> directoryIds() {
        SignIn.as(anna.userId(), Roles.PATIENT);
        try {
            return directory
                    .search(
                            new DirectoryQuery(
                                    family, null, null, DirectoryQuery.all().sort()),
                            PageRequest.of(0, 10))
                    .stream()
                    .map(DoctorCard::doctorId)
                    .toList();
        } finally {
            SignIn.as(admin, Roles.ADMIN);
        }
    }

    private boolean isActive(long userId) {
        return jdbc.sql("SELECT is_active FROM users WHERE user_id = ?")
                .param(userId)
                .query(Boolean.class)
                .single();
    }
}

package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.UserRow;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/** The users grid's "Deactivate" on a doctor: keep or cancel their upcoming appointments. */
@IntegrationTest
class DeactivateDoctorDialogTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService booking;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    String family;
    DoctorSummary doctor;
    PatientSummary anna;
    long admin;

    @BeforeEach
    void setUp() {
        family = "Dlg" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        anna = fixture.quickPatient(family + "Anna");
        SignIn.as(-1, Roles.ADMIN);
        admin = users.createStaffAccount(TestAccounts.newAccount("Ada", family + "Admin"), Role.ADMIN)
                .id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theAdminSeesTheUpcomingAppointmentsAndCancelsThemWithAMessageToThePatients() {
        long booked = book(3, LocalTime.of(9, 0));
        DeactivateDoctorDialog dialog = open();

        assertThat(dialog.upcoming.getElement().getTextRecursively())
                .contains("1 upcoming appointment is", "09:00", "Pat " + family + "Anna");
        assertThat(dialog.cancel.isVisible()).isTrue();
        test(dialog.cancel).click();

        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(dialog.message.getErrorMessage()).isNotBlank();
        assertThat(isActive(doctor.userId())).isTrue();
        assertThat(fixture.status(booked)).isEqualTo("SCHEDULED");

        dialog.message.setValue("Dr. " + family + " has left; please book with a colleague.");
        test(dialog.cancel).click();

        assertThat(isActive(doctor.userId())).isFalse();
        assertThat(fixture.status(booked)).isEqualTo("CANCELLED");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void keepingDeactivatesAndLeavesTheAppointmentsBooked() {
        long booked = book(3, LocalTime.of(9, 0));
        DeactivateDoctorDialog dialog = open();

        test(dialog.keep).click();

        assertThat(isActive(doctor.userId())).isFalse();
        assertThat(fixture.status(booked)).isEqualTo("SCHEDULED");
    }

    @Test
    void aDoctorWithoutUpcomingAppointmentsIsSimplyDeactivated() {
        DeactivateDoctorDialog dialog = open();

        assertThat(dialog.upcoming.getElement().getTextRecursively()).contains("no upcoming appointments");
        assertThat(dialog.cancel.isVisible()).isFalse();
        assertThat(dialog.message.isVisible()).isFalse();
        assertThat(dialog.keep.getText()).isEqualTo("Deactivate");
        test(dialog.keep).click();

        assertThat(isActive(doctor.userId())).isFalse();
    }

    @Test
    void aBookingMadeWhileTheDialogWasOpenRefusesTheCancellationAndIsListedForANewDecision() {
        long first = book(3, LocalTime.of(9, 0));
        DeactivateDoctorDialog dialog = open();
        long meanwhile = book(4, LocalTime.of(10, 0));
        SignIn.as(admin, Roles.ADMIN);
        dialog.message.setValue("Sorry, the doctor has left.");

        test(dialog.cancel).click();

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("since you looked", "Nothing was cancelled");
        assertThat(isActive(doctor.userId())).isTrue();
        assertThat(fixture.status(first)).isEqualTo("SCHEDULED");
        assertThat(find(ListItem.class).from(dialog.upcoming).all()).hasSize(2);

        test(dialog.cancel).click();

        assertThat(isActive(doctor.userId())).isFalse();
        assertThat(fixture.status(first)).isEqualTo("CANCELLED");
        assertThat(fixture.status(meanwhile)).isEqualTo("CANCELLED");
    }

    private DeactivateDoctorDialog open() {
        SignIn.as(admin, Roles.ADMIN);
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        view.search.setValue("Doc " + family);
        UserRow row = view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(UserRow.class::cast)
                .filter(r -> r.id() == doctor.userId())
                .findFirst()
                .orElseThrow();
        view.confirm(row);
        return find(DeactivateDoctorDialog.class).single();
    }

    private long book(int daysAhead, LocalTime time) {
        long slot = fixture.slot(doctor.doctorId(), daysAhead, time);
        SignIn.as(anna.userId(), Roles.PATIENT);
        return booking.book(slot, "Check-up");
    }

    private boolean isActive(long userId) {
        return jdbc.sql("SELECT is_active FROM users WHERE user_id = ?")
                .param(userId)
                .query(Boolean.class)
                .single();
    }
}

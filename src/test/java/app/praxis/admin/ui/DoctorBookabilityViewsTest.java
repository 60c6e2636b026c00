package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.UserRow;
import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.user.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * Why a doctor is not offered to patients shows wherever the admin sees that doctor: in the users grid (read for
 * the page's doctors at once) and on the doctor's details page.
 */
@IntegrationTest
class DoctorBookabilityViewsTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String family;
    DoctorSummary open;
    DoctorSummary closed;
    DoctorSummary gone;
    DoctorSummary empty;

    @BeforeEach
    void fourDoctors() {
        family = "Bk" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        open = fixture.doctor(family + "open");
        closed = fixture.doctor(family + "closed");
        gone = fixture.doctor(family + "gone");
        empty = fixture.doctor(family + "empty");
        for (DoctorSummary doctor : new DoctorSummary[] {open, closed, gone}) {
            fixture.slot(doctor.doctorId(), 3, LocalTime.of(10, 0));
        }
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(closed.doctorId())
                .update();
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(gone.userId())
                .update();
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theUsersGridSaysForEachDoctorWhetherPatientsCanBookAndWhyNot() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        view.search.setValue(family);
        view.role.setValue(Role.DOCTOR);

        Map<Long, Span> badges = view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(UserRow.class::cast)
                .collect(Collectors.toMap(UserRow::id, row -> (Span) view.bookabilityBadge(row)));

        assertThat(badges).hasSize(4);
        assertThat(badges.get(open.userId()).getText()).isEqualTo("Yes");
        assertThat(badges.get(open.userId()).getTitle())
                .hasValueSatisfying(title -> assertThat(title).startsWith("Patients can book; the next free time is"));
        assertThat(badges.get(closed.userId()).getText()).isEqualTo("Not accepting bookings");
        assertThat(badges.get(gone.userId()).getText()).isEqualTo("Deactivated");
        assertThat(badges.get(empty.userId()).getText()).isEqualTo("No free times");
        assertThat(badges.get(empty.userId()).getTitle())
                .hasValueSatisfying(title -> assertThat(title).startsWith("No free times in the next"));
    }

    @Test
    void aPatientRowHasNoBookability() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        var patient = fixture.quickPatient(family);
        view.search.setValue(family);
        view.role.setValue(Role.PATIENT);

        UserRow row = view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(UserRow.class::cast)
                .filter(r -> r.id() == patient.userId())
                .findFirst()
                .orElseThrow();

        assertThat(((Span) view.bookabilityBadge(row)).getText()).isEmpty();
    }

    @Test
    void theDoctorsDetailsPageSaysWhyPatientsCannotBook() {
        navigate("admin/doctors/" + closed.userId(), com.vaadin.flow.component.Component.class);
        assertThat(find(Div.class)
                        .withId("doctor-admin-notes")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Patients cannot book: Not accepting new bookings: patients do not find this doctor and"
                        + " cannot book.");

        navigate("admin/doctors/" + open.userId(), com.vaadin.flow.component.Component.class);
        assertThat(find(Div.class)
                        .withId("doctor-admin-notes")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Patients can book; the next free time is");
    }
}

package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.SpecializationRow;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.Query;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class SpecializationsViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String name;

    @BeforeEach
    void setUp() {
        name = "Viewspec " + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminAddsOneThenRenamesAndDescribesIt() {
        SpecializationsView view = AopTestUtils.getUltimateTargetObject(navigate(SpecializationsView.class));

        view.name.setValue(name);
        test(view.save).click();
        SpecializationRow added = row(view, name);
        view.grid.select(added);
        assertThat(view.save.getText()).isEqualTo("Save changes");
        view.name.setValue(name + " B");
        view.description.setValue("Bones");
        test(view.save).click();

        assertThat(row(view, name + " B").description()).isEqualTo("Bones");
        assertThat(view.message.getText()).isEqualTo("Saved " + name + " B.");
    }

    @Test
    void aTakenNameIsShownNextToTheNameField() {
        SpecializationsView view = AopTestUtils.getUltimateTargetObject(navigate(SpecializationsView.class));
        view.name.setValue(name);
        test(view.save).click();

        view.name.setValue(name.toLowerCase());
        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("There is already a specialization with this name.");
    }

    @Test
    void oneInUseIsNotDeletedAndTheFieldSaysByHowManyDoctors() {
        SpecializationsView view = AopTestUtils.getUltimateTargetObject(navigate(SpecializationsView.class));
        view.name.setValue(name);
        test(view.save).click();
        long doctorId = fixture.doctor("Specview").doctorId();
        SignIn.as(1, Roles.ADMIN);
        jdbc.sql("UPDATE doctors SET specialization_id = ? WHERE doctor_id = ?")
                .params(row(view, name).id(), doctorId)
                .update();
        view = AopTestUtils.getUltimateTargetObject(navigate(SpecializationsView.class));

        view.grid.select(row(view, name));
        test(view.delete).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage())
                .isEqualTo("1 doctor has this specialization: give them another one first.");
        assertThat(row(view, name).doctors()).isOne();
    }

    private static SpecializationRow row(SpecializationsView view, String name) {
        return view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(SpecializationRow.class::cast)
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}

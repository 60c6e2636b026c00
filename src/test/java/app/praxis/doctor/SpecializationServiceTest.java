package app.praxis.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class SpecializationServiceTest {

    @Autowired
    SpecializationService service;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String name;

    @BeforeEach
    void setUp() {
        name = "Spec " + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminAddsRenamesAndDescribesASpecialization() {
        var added = service.add(new SpecializationForm("  " + name + "  ", "  "));
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.description()).isNull();

        service.update(added.id(), new SpecializationForm(name + " (renamed)", "Hearts and vessels"));

        assertThat(service.list())
                .filteredOn(row -> row.id() == added.id())
                .singleElement()
                .isEqualTo(new SpecializationRow(added.id(), name + " (renamed)", "Hearts and vessels", 0));
    }

    @Test
    void aNameAlreadyTakenInAnyCaseIsRefusedOnTheNameField() {
        var first = service.add(new SpecializationForm(name, null));
        var second = service.add(new SpecializationForm(name + " 2", null));

        assertThatThrownBy(() -> service.add(new SpecializationForm(name.toUpperCase(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", SpecializationService.NAME_TAKEN));
        assertThatThrownBy(() -> service.update(second.id(), new SpecializationForm(name, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", SpecializationService.NAME_TAKEN));
        assertThat(service.update(first.id(), new SpecializationForm(name, "same name, new text"))
                        .description())
                .isEqualTo("same name, new text");
        assertThatThrownBy(() -> service.add(new SpecializationForm(" ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Enter a name"));
    }

    @Test
    void twoAdminsAddingTheSameNameAtOnceGetOneSpecializationAndOneMessage() throws Exception {
        int admins = 4;
        var ready = new CountDownLatch(admins);
        var go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(admins)) {
            for (int i = 0; i < admins; i++) {
                results.add(pool.submit(() -> {
                    SignIn.as(1, Roles.ADMIN);
                    ready.countDown();
                    go.await();
                    try {
                        service.add(new SpecializationForm(name, null));
                        return "added";
                    } catch (InvalidInputException e) {
                        return e.fieldErrors().get("name");
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            ready.await();
            go.countDown();
        }
        var outcomes = new ArrayList<String>();
        for (var result : results) {
            outcomes.add(result.get());
        }

        assertThat(Collections.frequency(outcomes, "added")).isOne();
        assertThat(outcomes).filteredOn(o -> !o.equals("added")).containsOnly(SpecializationService.NAME_TAKEN);
        assertThat(fixture.count("SELECT COUNT(*) FROM specializations WHERE name = ?", name))
                .isOne();
    }

    @Test
    void oneInUseIsNotDeletedAndSaysByHowManyDoctors() {
        var used = service.add(new SpecializationForm(name, null));
        var unused = service.add(new SpecializationForm(name + " unused", null));
        for (String doctor : List.of("Uses", "Also")) {
            long doctorId = fixture.doctor(doctor + name.substring(5)).doctorId();
            jdbc.sql("UPDATE doctors SET specialization_id = ? WHERE doctor_id = ?")
                    .params(used.id(), doctorId)
                    .update();
        }
        SignIn.as(1, Roles.ADMIN);

        assertThatThrownBy(() -> service.delete(used.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "2 doctors have this specialization: give them another one first."));
        assertThat(service.list())
                .filteredOn(row -> row.id() == used.id())
                .singleElement()
                .extracting(SpecializationRow::doctors)
                .isEqualTo(2L);
        service.delete(unused.id());
        assertThat(service.list()).noneMatch(row -> row.id() == unused.id());
    }

    @Test
    void doctorsAndPatientsAreRefused() {
        var added = service.add(new SpecializationForm(name, null));
        for (String role : new String[] {Roles.DOCTOR, Roles.PATIENT}) {
            SignIn.as(2, role);
            assertThatThrownBy(() -> service.list()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.add(new SpecializationForm(name + "x", null)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.update(added.id(), new SpecializationForm(name + "y", null)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.delete(added.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}

package app.praxis.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Gender;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PatientProfileServiceTest {

    @Autowired
    PatientProfileService profiles;

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    PatientSummary mia;

    @BeforeEach
    void setUp() {
        mia = patients.register(TestAccounts.newAccount("Mia", "Profile"));
        SignIn.as(mia.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientFillsEveryFieldOfTheirProfileAndThePhoneIsStoredAsE164() {
        String phone = TestAccounts.uniquePhone();
        String typed = "0" + phone.substring(3, 6) + " " + phone.substring(6);

        PatientProfile saved = profiles.update(
                mia.patientId(),
                new PatientProfileChange(
                        "  Mia ",
                        "Sommer",
                        typed,
                        Gender.FEMALE,
                        LocalDate.of(1990, 5, 17),
                        "Lindenstr. 5\n10969 Berlin",
                        "TK 1234567",
                        "Penicillin allergy",
                        "030 1234567"));

        assertThat(saved.firstName()).isEqualTo("Mia");
        assertThat(saved.phone()).isEqualTo(phone);
        assertThat(saved.emergencyContact()).isEqualTo("+49301234567");
        var row = jdbc.sql("SELECT u.first_name, u.last_name, u.phone, u.gender, u.date_of_birth, u.address,"
                        + " p.insurance_details, p.medical_history, p.emergency_contact FROM users u"
                        + " JOIN patients p ON p.user_id = u.user_id WHERE p.patient_id = ?")
                .param(mia.patientId())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("first_name", "Mia")
                .containsEntry("last_name", "Sommer")
                .containsEntry("phone", phone)
                .containsEntry("gender", "Female")
                .containsEntry("address", "Lindenstr. 5\n10969 Berlin")
                .containsEntry("insurance_details", "TK 1234567")
                .containsEntry("medical_history", "Penicillin allergy")
                .containsEntry("emergency_contact", "+49301234567");
        assertThat(profiles.myProfile()).isEqualTo(saved);
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
        PatientProfile before = profiles.myProfile();

        assertThatThrownBy(() -> profiles.update(
                        mia.patientId(),
                        new PatientProfileChange(
                                " ",
                                "x".repeat(101),
                                "12",
                                null,
                                LocalDate.now(clock).plusDays(1),
                                "a".repeat(501),
                                "i".repeat(256),
                                "h".repeat(5001),
                                "not a phone")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys(
                                "firstName",
                                "lastName",
                                "phone",
                                "dateOfBirth",
                                "address",
                                "insuranceDetails",
                                "medicalHistory",
                                "emergencyContact")
                        .containsEntry("dateOfBirth", "The date of birth must be in the past")
                        .containsEntry("firstName", "Enter a first name"));

        assertThat(profiles.myProfile()).isEqualTo(before);
    }

    @Test
    void anImplausibleOrMissingDateOfBirthIsRefused() {
        assertThatThrownBy(() -> profiles.update(
                        mia.patientId(), change(TestAccounts.uniquePhone(), LocalDate.of(1899, 12, 31))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .isEqualTo(Map.of("dateOfBirth", "Enter a date of birth after 1900")));
        assertThatThrownBy(() -> profiles.update(mia.patientId(), change(TestAccounts.uniquePhone(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .isEqualTo(Map.of("dateOfBirth", "Enter a date of birth")));
        assertThatThrownBy(() ->
                        profiles.update(mia.patientId(), change(TestAccounts.uniquePhone(), LocalDate.now(clock))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPhoneNumberOfAnotherAccountIsRefusedOnThePhoneField() {
        PatientSummary other = patients.register(TestAccounts.newAccount("Other", "Phone"));
        String taken = jdbc.sql("SELECT phone FROM users WHERE user_id = ?")
                .param(other.userId())
                .query(String.class)
                .single();

        assertThatThrownBy(() -> profiles.update(mia.patientId(), change(taken, LocalDate.of(1990, 1, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("phone"));
    }

    @Test
    void keepingOnesOwnPhoneNumberIsFine() {
        PatientProfile before = profiles.myProfile();
        PatientProfile saved = profiles.update(mia.patientId(), change(before.phone(), LocalDate.of(1985, 3, 14)));
        assertThat(saved.phone()).isEqualTo(before.phone());
    }

    @Test
    void aPatientCannotChangeAnotherPatientsProfileButAnAdminCan() {
        PatientSummary other = patients.register(TestAccounts.newAccount("Not", "Mine"));

        assertThatThrownBy(() -> profiles.update(
                        other.patientId(), change(TestAccounts.uniquePhone(), LocalDate.of(1980, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT last_name FROM users WHERE user_id = ?")
                        .param(other.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("Mine");

        SignIn.as(1, Roles.ADMIN);
        assertThat(profiles.profileOfUser(other.userId()).patientId()).isEqualTo(other.patientId());
        assertThat(profiles.update(other.patientId(), change(TestAccounts.uniquePhone(), LocalDate.of(1980, 1, 1)))
                        .lastName())
                .isEqualTo("Changed");

        SignIn.as(77, Roles.DOCTOR);
        assertThatThrownBy(() -> profiles.update(other.patientId(), change(TestAccounts.uniquePhone(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.profileOfUser(other.userId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoAccountsTakingTheSameNewNumberAtOnceAreDecidedByTheKeyAndTheLoserIsTold() throws Exception {
        PatientSummary rival = patients.register(TestAccounts.newAccount("Rival", "Phone"));
        String contested = TestAccounts.uniquePhone();
        var rivalWrote = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // The rival's transaction takes the number and holds it uncommitted until Mia's save waits on the key.
        var threads = Executors.newFixedThreadPool(2); // not the common pool: it may have one thread on 2 cores
        var rivalSave = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("UPDATE users SET phone = ? WHERE user_id = ?")
                            .params(contested, rival.userId())
                            .update();
                    rivalWrote.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                threads);
        assertThat(rivalWrote.await(30, TimeUnit.SECONDS)).isTrue();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var miaSave = CompletableFuture.supplyAsync(
                () -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    try {
                        profiles.update(mia.patientId(), change(contested, LocalDate.of(1990, 1, 1)));
                        return Map.<String, String>of();
                    } catch (InvalidInputException refused) {
                        return refused.fieldErrors();
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                },
                threads);
        LockWaits.awaitAnotherTransactionWaiting(jdbc);
        release.countDown();
        rivalSave.get(30, TimeUnit.SECONDS);

        assertThat(miaSave.get(30, TimeUnit.SECONDS)).containsOnlyKeys("phone");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE phone = ?")
                        .param(contested)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(profiles.myProfile().lastName()).isEqualTo("Profile");
        threads.shutdown();
    }

    private static PatientProfileChange change(String phone, LocalDate born) {
        return new PatientProfileChange("Mia", "Changed", phone, null, born, null, null, null, null);
    }
}

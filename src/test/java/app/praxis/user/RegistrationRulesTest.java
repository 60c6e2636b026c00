package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegistrationRulesTest {

    @Autowired
    Texts texts;

    @Autowired
    PatientService patients;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad(
                        "email",
                        "Enter your e-mail address",
                        a -> with(a, "", a.phone(), a.firstName(), a.dateOfBirth(), a.password())),
                bad(
                        "email",
                        "valid e-mail",
                        a -> with(a, "no-at-sign", a.phone(), a.firstName(), a.dateOfBirth(), a.password())),
                bad(
                        "phone",
                        "Enter a phone number",
                        a -> with(a, a.email(), " ", a.firstName(), a.dateOfBirth(), a.password())),
                bad(
                        "phone",
                        "valid phone number",
                        a -> with(a, a.email(), "0151 12", a.firstName(), a.dateOfBirth(), a.password())),
                bad(
                        "firstName",
                        "Enter a first name",
                        a -> with(a, a.email(), a.phone(), "  ", a.dateOfBirth(), a.password())),
                bad(
                        "firstName",
                        "At most 100",
                        a -> with(a, a.email(), a.phone(), "x".repeat(101), a.dateOfBirth(), a.password())),
                bad(
                        "dateOfBirth",
                        "Enter a date of birth",
                        a -> with(a, a.email(), a.phone(), a.firstName(), null, a.password())),
                bad(
                        "dateOfBirth",
                        "in the past",
                        a -> with(
                                a,
                                a.email(),
                                a.phone(),
                                a.firstName(),
                                TestClock.configuredStart().toLocalDate().plusDays(3),
                                a.password())),
                bad(
                        "dateOfBirth",
                        "after 1900",
                        a -> with(a, a.email(), a.phone(), a.firstName(), LocalDate.of(1850, 1, 1), a.password())),
                bad(
                        "password",
                        "12 to 128",
                        a -> with(a, a.email(), a.phone(), a.firstName(), a.dateOfBirth(), "eleven char")),
                bad(
                        "password",
                        "only spaces",
                        a -> with(a, a.email(), a.phone(), a.firstName(), a.dateOfBirth(), " ".repeat(14))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void eachKindOfBadInputIsRejectedOnItsFieldAndNothingIsStored(
            String field, String message, UnaryOperator<NewAccount> spoil) {
        NewAccount account = spoil.apply(TestAccounts.newAccount("Bad", "Input"));
        long before = users.count();

        assertThatThrownBy(() -> patients.register(account))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .hasEntrySatisfying(field, text -> assertThat(text).contains(message)));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void emailsAreStoredLowerCaseAndPhonesAsE164WithAHashedPassword() {
        var typed = new NewAccount(
                "  Mixed.Case." + System.nanoTime() + "@Example.ORG ",
                "0151 " + TestAccounts.uniquePhone().substring(6),
                " Jo ",
                " Doe ",
                LocalDate.of(1970, 1, 1),
                Gender.OTHER,
                "correct horse battery");

        var patient = patients.register(typed);

        User stored = users.findById(patient.userId()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo(typed.email().trim().toLowerCase());
        assertThat(stored.getPhone()).startsWith("+49151").hasSize(14);
        assertThat(stored.getFirstName()).isEqualTo("Jo");
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt-sha256}").doesNotContain("correct horse");
        assertThat(stored.getRole()).isEqualTo(Role.PATIENT);
        assertThat(jdbc.sql("SELECT gender FROM users WHERE user_id = ?")
                        .param(patient.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("Other");
    }

    @Test
    void twoPeopleRacingForOneEmailGetOneAccountAndOneClearMessage() throws Exception {
        String email = TestAccounts.uniqueEmail("race");
        int racers = 8;
        var start = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            attempts.add(() -> {
                start.await();
                try {
                    patients.register(new NewAccount(
                            email,
                            TestAccounts.uniquePhone(),
                            "Race",
                            "Runner",
                            LocalDate.of(1990, 1, 1),
                            null,
                            "correct horse battery"));
                    return "registered";
                } catch (InvalidInputException e) {
                    return e.fieldErrors().get("email");
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(racers)) {
            List<Future<String>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn("registered"::equals).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> !"registered".equals(o))
                    .hasSize(racers - 1)
                    .allSatisfy(o -> assertThat(o).isEqualTo(texts.get(UserService.EMAIL_TAKEN)));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users u JOIN patients p ON p.user_id = u.user_id WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private static Arguments bad(String field, String message, UnaryOperator<NewAccount> spoil) {
        return Arguments.of(field, message, spoil);
    }

    private static NewAccount with(
            NewAccount a, String email, String phone, String firstName, LocalDate born, String password) {
        return new NewAccount(email, phone, firstName, a.lastName(), born, a.gender(), password);
    }
}

package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import app.praxis.user.Role;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    Texts texts;

    @Autowired
    UserAdminService service;

    @Autowired
    UserService users;

    @Autowired
    PatientService patients;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    String family;

    @BeforeEach
    void setUp() {
        // letters only: three digits in the search would also match phone numbers
        family = "Fam" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theGridFindsAccountsByNameEmailOrPhoneFiltersByRoleAndActiveAndSortsInTheDatabase() {
        var anna = account("Anna", Role.PATIENT);
        var bert = account("Bert", Role.DOCTOR);
        var carl = account("Carl", Role.PATIENT);
        service.setActive(carl.id(), false);

        assertThat(names(new UserQuery(family, null, null), UserSort.NAME, true))
                .containsExactly("Anna " + family, "Bert " + family, "Carl " + family);
        assertThat(names(new UserQuery(family, null, null), UserSort.EMAIL, false))
                .containsExactly("Carl " + family, "Bert " + family, "Anna " + family);
        assertThat(names(new UserQuery(family, Role.PATIENT, null), UserSort.NAME, true))
                .containsExactly("Anna " + family, "Carl " + family);
        assertThat(names(new UserQuery(family, null, false), UserSort.NAME, true))
                .containsExactly("Carl " + family);
        assertThat(names(new UserQuery(anna.email().toUpperCase(), null, null), UserSort.NAME, true))
                .containsExactly("Anna " + family);
        // typed nationally with spaces: 0151 …, stored as +49151…
        String national =
                "0" + bert.phone().substring(3, 6) + " " + bert.phone().substring(6);
        assertThat(names(new UserQuery(national, null, null), UserSort.NAME, true))
                .containsExactly("Bert " + family);
        assertThat(service.count(new UserQuery(family, null, true))).isEqualTo(2);
        assertThat(service.search(new UserQuery(family, null, null), UserSort.NAME, true, 1, 1)
                        .map(UserRow::fullName))
                .containsExactly("Bert " + family);
    }

    @Test
    void aLikeWildcardTypedInTheSearchIsTakenLiterally() {
        account("Anna", Role.PATIENT);

        assertThat(service.count(new UserQuery(family.substring(0, 3) + "%", null, null)))
                .isZero();
    }

    @Test
    void aDeactivatedAccountCannotSignInAndCanBeActivatedAgain() throws Exception {
        NewAccount typed = TestAccounts.newAccount("Dora", family);
        long userId = patients.register(typed).userId();

        service.setActive(userId, false);

        var manager = authentication.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(typed.email(), typed.password())))
                .isInstanceOf(DisabledException.class);
        service.setActive(userId, true);
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(typed.email(), typed.password()))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        var first = account("Ada", Role.ADMIN);
        var second = account("Abe", Role.ADMIN);
        List<Long> others = jdbc.sql(
                        "SELECT user_id FROM users WHERE role = 'ADMIN' AND is_active AND user_id NOT IN" + " (?, ?)")
                .params(first.id(), second.id())
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id IN (:ids)")
                .param("ids", others.isEmpty() ? List.of(-1L) : others)
                .update();
        try {
            SignIn.as(first.id(), Roles.ADMIN);
            service.setActive(second.id(), false);

            SignIn.as(-1, Roles.ADMIN); // a caller who is not the last admin themselves
            assertThatThrownBy(() -> service.setActive(first.id(), false))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("active", texts.get(UserService.LAST_ADMIN)));
            assertThat(fixture.count("SELECT COUNT(*) FROM users WHERE user_id = ? AND is_active", first.id()))
                    .isOne();
        } finally {
            jdbc.sql("UPDATE users SET is_active = TRUE WHERE user_id IN (:ids)")
                    .param("ids", others.isEmpty() ? List.of(-1L) : others)
                    .update();
        }
    }

    @Test
    void theExportHasExactlyTheFilteredRowsWithABomAndNeutralisedFormulas() throws Exception {
        account("Anna", Role.PATIENT);
        account("Bert", Role.DOCTOR);
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name)"
                        + " VALUES (?, ?, '{noop}-', 'PATIENT', '=HYPERLINK(\"x\")', ?)")
                .params(TestAccounts.uniqueEmail("evil"), TestAccounts.uniquePhone(), family)
                .update();
        var out = new ByteArrayOutputStream();

        service.exportCsv(new UserQuery(family, Role.PATIENT, null), UserSort.NAME, true, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("Id,First name,Last name,E-mail,Phone,Role,Active");
        assertThat(lines.get(1)).contains("'=HYPERLINK(\"\"x\"\")", family, "PATIENT", "yes");
        assertThat(lines.get(2)).contains(",Anna," + family + ",").doesNotContain("Bert");
    }

    @Test
    void doctorsAndPatientsAreRefused() {
        var anna = account("Anna", Role.PATIENT);
        for (String role : new String[] {Roles.DOCTOR, Roles.PATIENT}) {
            SignIn.as(anna.id(), role);
            assertThatThrownBy(() -> service.search(UserQuery.all(), UserSort.NAME, true, 0, 10))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.count(UserQuery.all())).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.setActive(anna.id(), false))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(
                            () -> service.exportCsv(UserQuery.all(), UserSort.NAME, true, new ByteArrayOutputStream()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private UserAccount account(String firstName, Role role) {
        NewAccount typed = TestAccounts.newAccount(firstName, family);
        if (role == Role.PATIENT) {
            return users.findAccount(patients.register(typed).userId()).orElseThrow();
        }
        return users.createStaffAccount(typed, role);
    }

    private List<String> names(UserQuery query, UserSort sort, boolean ascending) {
        return service.search(query, sort, ascending, 0, 50)
                .map(UserRow::fullName)
                .toList();
    }
}

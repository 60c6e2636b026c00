package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every password the policy accepts works in full: also past bcrypt's 72 bytes, also with emoji. */
@IntegrationTest
class LongPasswordSignInTest {

    @Autowired
    PatientService patients;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> passwords() {
        String seventyTwo = "a quiet walk by the river at dawn, ".repeat(3).substring(0, 72);
        String emoji128 = "🦊 fox and hound ".repeat(8); // 128 code points, 256 UTF-16 units, 152 UTF-8 bytes
        return Stream.of(
                Arguments.of("72 bytes", seventyTwo),
                Arguments.of("73 bytes", seventyTwo + "!"),
                Arguments.of("128 characters", "b".repeat(64) + "lue sky ".repeat(8)),
                Arguments.of("128 characters with emoji", emoji128));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwords")
    void aPatientSignsInWithTheWholePasswordAndNotWithAnyPrefixOfIt(String name, String password) throws Exception {
        var typed = TestAccounts.newAccount("Long", "Word");
        var account = new NewAccount(
                typed.email(), typed.phone(), typed.firstName(), typed.lastName(), typed.dateOfBirth(), null, password);
        long userId = patients.register(account).userId();
        var manager = authentication.getAuthenticationManager();

        var result =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.email(), password));
        assertThat(((PraxisUser) result.getPrincipal()).userId()).isEqualTo(userId);

        // bcrypt alone would accept the first 72 bytes of a longer password: this does not
        String cut = new String(
                password.getBytes(StandardCharsets.UTF_8),
                0,
                Math.min(72, password.getBytes(StandardCharsets.UTF_8).length - 1),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.email(), cut)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT password_hash FROM users WHERE user_id = ?")
                        .param(userId)
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt-sha256}$2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwords")
    void oldBcryptHashesStillMatchAndALongPasswordIsJustWrongForThem(String name, String password) {
        String demoHash = "{bcrypt}" + new BCryptPasswordEncoder().encode("praxis-demo-2026");

        assertThat(encoder.matches("praxis-demo-2026", demoHash)).isTrue();
        assertThat(encoder.matches(password, demoHash)).isFalse();
    }
}

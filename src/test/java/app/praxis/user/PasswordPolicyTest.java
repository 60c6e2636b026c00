package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> check(String password) {
        return policy.problem(password, "greta.sommer@example.org", "Greta", "Sommer-Lind");
    }

    @Test
    void twelveToOneHundredTwentyEightCharactersCountingAnEmojiOnce() {
        assertThat(check("eleven char")).contains(PasswordPolicy.LENGTH);
        assertThat(check("twelve chars")).isEmpty();
        assertThat(check("x".repeat(128))).isEmpty();
        assertThat(check("x".repeat(129))).contains(PasswordPolicy.LENGTH);
        // 128 emoji are 256 UTF-16 units and 512 UTF-8 bytes: still 128 characters
        assertThat(check("🦊".repeat(128))).isEmpty();
        assertThat(check("🦊".repeat(129))).contains(PasswordPolicy.LENGTH);
        assertThat(check("🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊")).as("11 emoji").contains(PasswordPolicy.LENGTH);
    }

    @Test
    void spacesAloneAreNoPassword() {
        assertThat(check(" ".repeat(14))).contains(PasswordPolicy.BLANK);
        assertThat(check("")).contains(PasswordPolicy.LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "my greta.sommer key",
        "GRETA.SOMMER-forever",
        "remmos.aterg backwards",
    })
    void theEmailsLocalPartIsRefusedInAnyCaseAndBackwards(String password) {
        assertThat(check(password)).contains(PasswordPolicy.CONTAINS_EMAIL);
    }

    @ParameterizedTest
    @CsvSource({"hello greta my friend", "the SOMMER of love", "lind-and-more-words"})
    void aPartOfTheNameIsRefused(String password) {
        assertThat(check(password)).contains(PasswordPolicy.CONTAINS_NAME);
    }

    @Test
    void shortNamesAndLocalPartsDoNotBanCommonLetterGroups() {
        assertThat(policy.problem("joyful mountain river", "jo@example.org", "Jo", "Li"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"password1234", "PASSWORD1234", "qwerty123456", "123456789012", "iloveyou2024", "football1234!"})
    void commonBreachedPasswordsAreRefusedInAnyCase(String password) {
        assertThat(check(password)).contains(PasswordPolicy.COMMON);
    }

    @Test
    void theShippedListIsWidenedToAboutTenThousandSortedEntries() {
        String[] common = PasswordPolicy.commonPasswords();
        assertThat(common.length).isBetween(8_000, 40_000);
        assertThat(common).contains("password", "password1234", "passwordpassword", "letmein2026!");
        for (int i = 1; i < common.length; i++) {
            assertThat(String.CASE_INSENSITIVE_ORDER.compare(common[i - 1], common[i]))
                    .isNegative();
        }
    }

    @Test
    void anOrdinaryLongPassphraseIsAccepted() {
        assertThat(check("correct horse battery staple")).isEmpty();
        assertThat(check("Zürich Straße 🦊 naïve café")).isEmpty();
    }
}

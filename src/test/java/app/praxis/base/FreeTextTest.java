package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Anna-Lena Müller", "Zoë O'Brien", "line one\nline two", "a\ttab", "日本語", "émoji 🙂"})
    void ordinaryTextInAnyScriptWithNewlinesAndTabsPasses(String text) {
        assertThat(FreeText.problem(text, "The text")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007", "\u001B[2J", "a\rb", "a\u007Fb", "a\u0085b", "a\u009Bb"})
    void controlCharactersOtherThanNewlineAndTabAreRefused(String text) {
        assertThat(FreeText.problem(text, "The name"))
                .contains("The name contains an invisible control character; please remove it.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"\u202Aa", "\u202Bb", "\u202Cc", "\u202Dd", "\u202Ee", "\u2066f", "\u2067g", "\u2068h", "\u2069i"
            })
    void bidirectionalOverridesAndIsolatesAreRefused(String text) {
        assertThat(FreeText.problem(text, "The reason"))
                .contains("The reason contains an invisible text-direction character; please remove it.");
    }
}

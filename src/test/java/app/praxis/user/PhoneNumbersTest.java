package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0151 2345 6789, +4915123456789",
        "+49 (30) 1234567, +49301234567",
        "0049 30 1234567, +49301234567",
        "+1 650-253-0000, +16502530000",
        "+44 20 7946 0958, +442079460958"
    })
    void typedNumbersBecomeE164(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed, "DE")).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "not a number", "+49 1", "+999 123456789"})
    void nonsenseIsNotANumber(String typed) {
        assertThat(PhoneNumbers.toE164(typed, "DE")).isEmpty();
    }
}

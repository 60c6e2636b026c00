package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(1990, 5, 14);

    @Test
    void germanWritesDatesWithDotsTwentyFourHourTimesAndMoneyWithACommaAndTheEuroAfter() {
        Formats german = Formats.of(Language.GERMAN);
        assertThat(german.date(BIRTHDAY)).isEqualTo("14.05.1990");
        assertThat(german.day(LocalDate.of(2026, 12, 2))).isEqualTo("Mi., 2. Dez. 2026");
        assertThat(german.when(LocalDateTime.of(2026, 12, 2, 14, 30))).isEqualTo("Mi., 2. Dez. 2026, 14:30");
        assertThat(german.money(new BigDecimal("60.5"))).isEqualTo("60,50\u00a0€");
        assertThat(german.number(1234)).isEqualTo("1.234");
        assertThat(german.decimal(new BigDecimal("4.56"), 1)).isEqualTo("4,6");
    }

    @Test
    void englishWritesBritishDatesTwentyFourHourTimesAndTheEuroFirst() {
        Formats english = Formats.of(Language.ENGLISH);
        assertThat(english.date(BIRTHDAY)).isEqualTo("14/05/1990");
        assertThat(english.day(LocalDate.of(2026, 12, 2))).isEqualTo("Wed 2 Dec 2026");
        assertThat(english.shortDay(LocalDate.of(2026, 12, 16))).isEqualTo("Wed 16 Dec");
        assertThat(english.when(LocalDateTime.of(2026, 12, 2, 14, 30))).isEqualTo("Wed 2 Dec 2026, 14:30");
        assertThat(english.money(new BigDecimal("60.5"))).isEqualTo("€60.50");
        assertThat(english.number(1234)).isEqualTo("1,234");
    }

    @Test
    void theBrowsersFirstSpokenLanguageWinsAndAnythingElseIsEnglish() {
        assertThat(Language.firstSpoken(List.of(Locale.FRANCE, Locale.GERMANY, Locale.US)))
                .isEqualTo(Language.GERMAN);
        assertThat(Language.firstSpoken(List.of(Locale.FRANCE))).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.forLanguageTag("de-AT"))).isEqualTo(Language.GERMAN);
        assertThat(Language.ofTag("DE")).contains(Language.GERMAN);
    }
}

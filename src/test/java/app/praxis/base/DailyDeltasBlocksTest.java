package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The blocks a range of days is read from (V0022): exactly its days, aligned, few. */
class DailyDeltasBlocksTest {

    @Test
    void everyRangeUpToAYearIsExactlyItsDaysInAlignedBlocksAtMostTwoOfEachLength() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        for (int first = 0; first < 400; first += 3) {
            for (int length = 1; length <= 366; length += first % 7 == 0 ? 1 : 11) {
                LocalDate from = start.plusDays(first);
                LocalDate to = from.plusDays(length - 1);
                var blocks = DailyDeltas.blocks(from, to);
                LocalDate next = from;
                var perLength = new HashMap<Integer, Integer>();
                for (var block : blocks) {
                    assertThat(block.from()).isEqualTo(next);
                    assertThat(Integer.bitCount(block.span())).isOne();
                    assertThat(block.span()).isBetween(1, DailyDeltas.LONGEST_SPAN);
                    assertThat(Math.floorMod(block.from().toEpochDay(), block.span()))
                            .isZero();
                    assertThat(DailyDeltas.blockStart(block.from(), block.span()))
                            .isEqualTo(block.from());
                    perLength.merge(block.span(), 1, Integer::sum);
                    next = block.from().plusDays(block.span());
                }
                assertThat(next).isEqualTo(to.plusDays(1));
                assertThat(perLength.values()).allMatch(n -> n <= 2);
            }
        }
    }

    @Test
    void thirtyDaysAreAFewBlocks() {
        LocalDate to = LocalDate.of(2026, 12, 2);
        for (int shift = 0; shift < 64; shift++) {
            assertThat(DailyDeltas.blocks(to.minusDays(29 + shift), to.minusDays(shift)))
                    .hasSizeLessThanOrEqualTo(8);
        }
    }

    @Test
    void aDayLiesInTheBlockOfEachLengthThatStartsAtItsBlockStart() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        for (int span = 1; span <= DailyDeltas.LONGEST_SPAN; span *= 2) {
            LocalDate from = DailyDeltas.blockStart(day, span);
            assertThat(from).isBeforeOrEqualTo(day);
            assertThat(from.plusDays(span)).isAfter(day);
        }
    }

    /**
     * V0023's kept windows: a range is read from one row exactly when it is one of them (30 days from any day, a
     * week from Monday, a calendar month), and a day's delta goes to every kept window holding it and to no other
     * (the 30-day windows, V0029, once rolled: {@link DailyDeltas#rollingWindows}), each once.
     */
    @Test
    void theKeptWindowsHoldingADayAreExactlyTheReadyMadeRangesHoldingIt() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int first = 0; first < 800; first++) {
            LocalDate from = start.plusDays(first);
            for (int length = 1; length <= 40; length++) {
                LocalDate to = from.plusDays(length - 1);
                boolean kept = length == 30
                        || (length == 7 && from.getDayOfWeek() == java.time.DayOfWeek.MONDAY)
                        || (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth())));
                var rows = DailyDeltas.rows(from, to);
                if (!kept) {
                    assertThat(rows).isEqualTo(DailyDeltas.blocks(from, to));
                    continue;
                }
                assertThat(rows).containsExactly(new DailyDeltas.Block(length, from));
                // every day of the range writes to its row, no day outside it does
                for (LocalDate day = from.minusDays(40); day.isBefore(to.plusDays(40)); day = day.plusDays(1)) {
                    boolean inside = !day.isBefore(from) && !day.isAfter(to);
                    assertThat(DailyDeltas.windows(day).contains(rows.getFirst())
                                    || DailyDeltas.rollingWindows(day).contains(rows.getFirst()))
                            .as("%s in %s … %s", day, from, to)
                            .isEqualTo(inside);
                }
            }
        }
        // no kept window is an aligned block (their rows would be written twice)
        for (int first = 0; first < 800; first++) {
            LocalDate day = start.plusDays(first);
            for (var window : DailyDeltas.windows(day)) {
                assertThat(Integer.bitCount(window.span())).isNotEqualTo(1);
                assertThat(DailyDeltas.rollingWindows(day)).doesNotContain(window);
            }
            for (var window : DailyDeltas.rollingWindows(day)) {
                assertThat(Integer.bitCount(window.span())).isNotEqualTo(1);
            }
        }
    }
}

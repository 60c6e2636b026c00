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
}

package app.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The round-trip benchmark's figures (issue 18): its percentiles, as the report states them. */
class RoundTripFiguresTest {

    @Test
    void theNinetyFifthPercentileOfThirtyRunsIsTheSecondSlowest() {
        List<Double> millis =
                IntStream.rangeClosed(1, 30).mapToObj(i -> (double) i).toList();

        assertThat(RoundTripBenchmarkTest.percentile(millis, 95)).isEqualTo(29.0);
        assertThat(RoundTripBenchmarkTest.percentile(millis, 50)).isEqualTo(15.0);
    }

    @Test
    void eachThirtyRunsInTurnGetTheirOwnPercentileAndAShortLastBlockNone() {
        var millis = new ArrayList<Double>();
        IntStream.range(0, 100).forEach(i -> millis.add(20.0));
        millis.set(31, 70.0); // two slow runs in the second block, one in the third
        millis.set(40, 60.0);
        millis.set(75, 90.0);
        millis.set(95, 99.0); // in the last ten runs, which make no block

        assertThat(RoundTripBenchmarkTest.blockPercentiles(millis)).isEqualTo("20.0 / 60.0 / 20.0");
    }

    @Test
    void onlyPausesCountAsPausesNotTheConcurrentCollectorsCycles() {
        assertThat(List.of("G1 Young Generation", "G1 Concurrent GC", "G1 Old Generation"))
                .allMatch(RoundTripBenchmarkTest::countsPauses);
        assertThat(List.of("Shenandoah Pauses", "ZGC Minor Pauses", "ZGC Major Pauses"))
                .allMatch(RoundTripBenchmarkTest::countsPauses);
        assertThat(List.of("Shenandoah Cycles", "ZGC Minor Cycles", "ZGC Major Cycles"))
                .noneMatch(RoundTripBenchmarkTest::countsPauses);
    }
}

package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The utilization chart's doctors against every doctor's minutes computed from the slots: all of them while there are
 * at most twice {@link DashboardRepository#SHOWN_EACH_WAY}; otherwise that many busiest and least busy doctors, with
 * exactly their minutes, no doctor left out busier than the busiest shown or idler than the idlest shown, and the
 * others' count and minutes the rest of the totals.
 */
final class UtilizationCheck {

    private UtilizationCheck() {}

    /** @param everyDoctor each doctor with slots in the period: id, booked minutes, published minutes */
    static void assertShows(Dashboard read, List<long[]> everyDoctor) {
        List<DoctorUtilization> shown = read.utilizationPerDoctor();
        OtherDoctors others = read.otherDoctors();
        var plain = everyDoctor.stream().collect(Collectors.toMap(row -> row[0], row -> row));
        assertThat(shown).isSortedAccordingTo(DoctorUtilization.BUSIEST_FIRST);
        for (DoctorUtilization doctor : shown) {
            assertThat(plain).containsKey(doctor.doctorId());
            assertThat(new long[] {doctor.bookedMinutes(), doctor.publishedMinutes()})
                    .containsExactly(plain.get(doctor.doctorId())[1], plain.get(doctor.doctorId())[2]);
        }
        int each = DashboardRepository.SHOWN_EACH_WAY;
        if (everyDoctor.size() <= 2 * each) {
            assertThat(shown).hasSize(everyDoctor.size());
            assertThat(others).isEqualTo(new OtherDoctors(0, 0, 0));
            return;
        }
        assertThat(shown).hasSize(2 * each);
        var shownIds = shown.stream().map(DoctorUtilization::doctorId).toList();
        var left =
                everyDoctor.stream().filter(row -> !shownIds.contains(row[0])).toList();
        assertThat(others.doctors()).isEqualTo(left.size());
        assertThat(others.bookedMinutes())
                .isEqualTo(left.stream().mapToLong(row -> row[1]).sum());
        assertThat(others.publishedMinutes())
                .isEqualTo(left.stream().mapToLong(row -> row[2]).sum());
        long[] leastOfTheBusiest = minutes(shown.get(each - 1));
        long[] mostOfTheIdlest = minutes(shown.get(each));
        Comparator<long[]> byShare = (a, b) -> BigInteger.valueOf(a[0])
                .multiply(BigInteger.valueOf(b[1]))
                .compareTo(BigInteger.valueOf(b[0]).multiply(BigInteger.valueOf(a[1])));
        for (long[] row : left) {
            long[] share = {row[1], row[2]};
            assertThat(byShare.compare(share, leastOfTheBusiest)).isLessThanOrEqualTo(0);
            assertThat(byShare.compare(share, mostOfTheIdlest)).isGreaterThanOrEqualTo(0);
        }
    }

    private static long[] minutes(DoctorUtilization doctor) {
        return new long[] {doctor.bookedMinutes(), doctor.publishedMinutes()};
    }
}

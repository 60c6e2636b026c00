package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid reads a page's ids first and the rows second, and the default order as three index ranges
 * (V0014, issue 18): on known data with many ties (several appointments at one date and time, today, upcoming and
 * past), every order, both directions, with and without each kind of filter, every offset and several page sizes
 * give exactly the rows, in exactly the order, of the one query that sorted and skipped every joined row.
 */
@IntegrationTest
class AppointmentPagingTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentSummaries summaries;

    String family;
    final List<DoctorSummary> doctors = new ArrayList<>();
    final List<PatientSummary> patients = new ArrayList<>();
    int written;

    @BeforeEach
    void setUp() {
        family = "Page" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Alpha", "Beta", "Gamma")) {
            doctors.add(fixture.doctor(family + name));
        }
        for (String name : List.of("Xavier", "Yusuf", "Zoe")) {
            patients.add(fixture.quickPatient(family + name));
        }
        LocalDate today = fixture.today();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        // Three doctors at the same times on five days around today: ties on date and time everywhere.
        for (int day = -2; day <= 2; day++) {
            for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(11, 30))) {
                for (int d = 0; d < doctors.size(); d++) {
                    AppointmentStatus status = statuses[(written + d) % statuses.length];
                    String reason = written % 4 == 0 ? null : "Reason " + (written % 3);
                    write(doctors.get(d), patients.get((d + day + 3) % 3), today.plusDays(day), time, status, reason);
                }
            }
        }
        summaries.rebuild(); // written in plain SQL: a doctor's name is counted from the kept totals (round 11)
    }

    @Test
    void everyOrderFilterAndPageGivesTheRowsOfTheSingleQuery() {
        LocalDate today = fixture.today();
        var filters = List.of(
                new AppointmentFilter(null, null, family, null, null, null, null),
                new AppointmentFilter(doctors.get(1).doctorId(), null, null, null, null, null, null),
                new AppointmentFilter(null, null, null, family + "Yusuf", null, null, null),
                new AppointmentFilter(null, patients.get(0).patientId(), null, null, null, null, null),
                new AppointmentFilter(
                        null, null, family, null, AppointmentStatus.SCHEDULED, today.minusDays(1), today.plusDays(2)),
                new AppointmentFilter(null, null, family + "Gamma", null, null, today, today));
        var orders = new ArrayList<String>();
        for (AppointmentSort sort : AppointmentSort.values()) {
            orders.add(sort.orderBy(true));
            if (sort != AppointmentSort.TODAY_FIRST) {
                orders.add(sort.orderBy(false));
            }
        }
        int checked = 0;
        for (AppointmentFilter filter : filters) {
            for (String order : orders) {
                List<Long> all = ids(rows.findInOneQuery(filter, order, 0, 1_000, today));
                assertThat(ids(rows.find(filter, order, 0, 1_000, today)))
                        .as("%s, %s, whole list", filter, order)
                        .containsExactlyElementsOf(all);
                assertThat(rows.count(filter)).as("count of %s", filter).isEqualTo(all.size());
                for (int size : new int[] {1, 4, 7}) {
                    for (int offset = 0; offset <= all.size() + 1; offset++) {
                        assertThat(ids(rows.find(filter, order, offset, size, today)))
                                .as("%s, %s, offset %d, size %d", filter, order, offset, size)
                                .containsExactlyElementsOf(
                                        all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    /**
     * The seek from the previous page's last row (V0016): after every row of the single query's list, in every order
     * that seeks, each filter and page size, the page read after that row is the one the single query gives at the
     * next offset; orders and filters that do not seek say so (null) and page by offset.
     */
    @Test
    void aPageReadAfterAnyRowIsThePageTheSingleQueryGivesAfterIt() {
        LocalDate today = fixture.today();
        // ties on names too: a second doctor named as one of the three, a second patient named as one of the three
        var twinDoctor = fixture.doctor(family + "Beta");
        var twinPatient = fixture.quickPatient(family + "Yusuf");
        for (int day = -1; day <= 1; day++) {
            write(twinDoctor, twinPatient, today.plusDays(day), LocalTime.of(9, 0), AppointmentStatus.SCHEDULED, null);
            write(
                    doctors.get(0),
                    twinPatient,
                    today.plusDays(day),
                    LocalTime.of(14, 0),
                    AppointmentStatus.NO_SHOW,
                    "R");
        }
        summaries.rebuild();
        int checked = 0;
        int seeks = 0;
        for (AppointmentFilter filter : filters(today)) {
            for (String order : orders()) {
                List<AppointmentRow> all = rows.findInOneQuery(filter, order, 0, 1_000, today);
                List<Long> allIds = ids(all);
                for (int size : new int[] {1, 4, 7}) {
                    for (int offset = 1; offset <= all.size(); offset++) {
                        List<AppointmentRow> after = rows.findAfter(filter, order, all.get(offset - 1), size, today);
                        if (after == null) {
                            continue;
                        }
                        assertThat(ids(after))
                                .as("%s, %s, after row %d, size %d", filter, order, offset - 1, size)
                                .containsExactlyElementsOf(allIds.subList(offset, Math.min(offset + size, all.size())));
                        seeks++;
                    }
                    // scrolling through: every page after the first read as a seek where the order allows it
                    var scrolled = new ArrayList<Long>();
                    AppointmentRow previous = null;
                    for (int offset = 0; offset <= all.size(); offset += size) {
                        List<AppointmentRow> page =
                                previous == null ? null : rows.findAfter(filter, order, previous, size, today);
                        if (page == null) {
                            page = rows.find(filter, order, offset, size, today);
                        }
                        page.forEach(row -> scrolled.add(row.id()));
                        previous = page.isEmpty() ? previous : page.getLast();
                    }
                    assertThat(scrolled)
                            .as("%s, %s, scrolled in pages of %d", filter, order, size)
                            .containsExactlyElementsOf(allIds);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(filters(today).size() * orders().size() * 3);
        assertThat(seeks).as("pages read as a seek").isGreaterThan(1_000);
        // the orders an index reads seek (reason by V0019's reason_sort too), and those by a person's name (walking
        // the people in name order), without one doctor or patient filtered
        var ours = new AppointmentFilter(null, null, family, null, null, null, null);
        AppointmentRow first = rows.findInOneQuery(ours, AppointmentSort.DATE.orderBy(true), 0, 1, today)
                .getFirst();
        for (AppointmentSort sort : AppointmentSort.values()) {
            boolean seeks1 = rows.findAfter(ours, sort.orderBy(true), first, 4, today) != null;
            assertThat(seeks1)
                    .as("%s seeks", sort)
                    .isEqualTo(List.of(
                                    AppointmentSort.TODAY_FIRST,
                                    AppointmentSort.DATE,
                                    AppointmentSort.TIME,
                                    AppointmentSort.STATUS,
                                    AppointmentSort.DOCTOR,
                                    AppointmentSort.PATIENT,
                                    AppointmentSort.REASON)
                            .contains(sort));
        }
        var oneDoctor = new AppointmentFilter(doctors.get(1).doctorId(), null, null, null, null, null, null);
        assertThat(rows.findAfter(oneDoctor, AppointmentSort.DATE.orderBy(true), first, 4, today))
                .isNull();
    }

    private List<AppointmentFilter> filters(LocalDate today) {
        return List.of(
                new AppointmentFilter(null, null, family, null, null, null, null),
                new AppointmentFilter(doctors.get(1).doctorId(), null, null, null, null, null, null),
                new AppointmentFilter(null, null, null, family + "Yusuf", null, null, null),
                new AppointmentFilter(
                        null, null, family, null, AppointmentStatus.SCHEDULED, today.minusDays(1), today.plusDays(2)),
                new AppointmentFilter(null, null, family + "Gamma", null, null, today, today),
                new AppointmentFilter(null, null, family, null, null, today.plusDays(1), null));
    }

    private static List<String> orders() {
        var orders = new ArrayList<String>();
        for (AppointmentSort sort : AppointmentSort.values()) {
            orders.add(sort.orderBy(true));
            if (sort != AppointmentSort.TODAY_FIRST) {
                orders.add(sort.orderBy(false));
            }
        }
        return orders;
    }

    @Test
    void theDefaultOrderPutsTodayFirstThenUpcomingThenPastAcrossPageBoundaries() {
        LocalDate today = fixture.today();
        var ours = new AppointmentFilter(null, null, family, null, null, null, null);
        String order = AppointmentSort.TODAY_FIRST.orderBy(true);
        List<AppointmentRow> page = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 4) {
            page.addAll(rows.find(ours, order, offset, 4, today));
        }
        assertThat(page).hasSize(30);
        assertThat(page.subList(0, 6)).allMatch(row -> row.date().equals(today));
        assertThat(page.subList(6, 18)).allMatch(row -> row.date().isAfter(today));
        assertThat(page.subList(18, 30)).allMatch(row -> row.date().isBefore(today));
        // upcoming soonest first, past latest first, equal times by id
        assertThat(page.get(6).date()).isEqualTo(today.plusDays(1));
        assertThat(page.get(18).date()).isEqualTo(today.minusDays(1));
        assertThat(page.get(18).startTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(page.get(18).id()).isLessThan(page.get(19).id());
    }

    private void write(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        fixture.appointmentInSql(doctor, patient, date, time, status, reason);
        written++;
    }

    private static List<Long> ids(List<AppointmentRow> list) {
        return list.stream().map(AppointmentRow::id).toList();
    }
}

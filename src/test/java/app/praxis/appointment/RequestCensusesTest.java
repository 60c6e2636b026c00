package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.StatementCounter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A patient's name's census (round 15) kept for one HTTP request: the count and every page read from it equal the
 * single query's, whether the census was read by the count or by a page; one request reads the name's ranges once;
 * the next request reads them again (a write between two requests is counted), and so does the same request after a
 * write it committed.
 */
@IntegrationTest
class RequestCensusesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    String family;

    List<DoctorSummary> doctors;

    List<PatientSummary> patients;

    /** Every name read from its ranges (no patient counts as few), as for a name such as 'Klara' in a large clinic. */
    NamedPatientPages ranges;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theCountAndEveryPageFromOneRequestsCensusEqualTheSingleQuery() {
        List<AppointmentFilter> filters = namesOverFiveDays();
        LocalDate today = fixture.today();
        newRequest();
        for (AppointmentFilter filter : filters) {
            assertThat(ranges.count(filter)).as("count of %s", filter).isEqualTo(rows.countRows(filter));
        }
        // every page of every filter in this one request: each from the census its count read
        int kept = GridJumpChecks.assertPages(
                rows,
                ranges::ids,
                today,
                "one request",
                filters,
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
        // a request per page, the count first (as the grid asks after a filter change)
        int counted = GridJumpChecks.assertPages(
                rows,
                (filter, order, offset, size, day) -> {
                    newRequest();
                    assertThat(ranges.count(filter)).isEqualTo(rows.countRows(filter));
                    return ranges.ids(filter, order, offset, size, day);
                },
                today,
                "count, then the page",
                filters,
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
        // a request per page without a count (a jump): the page reads the census itself
        int read = GridJumpChecks.assertPages(
                rows,
                (filter, order, offset, size, day) -> {
                    newRequest();
                    return ranges.ids(filter, order, offset, size, day);
                },
                today,
                "a page alone",
                filters,
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
        // no request at all: nothing kept, each call reads what it needs
        RequestContextHolder.resetRequestAttributes();
        int none = GridJumpChecks.assertPages(
                rows,
                ranges::ids,
                today,
                "no request",
                filters,
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
        assertThat(List.of(kept, counted, read, none)).allMatch(pages -> pages > 500);
    }

    @Test
    void oneRequestReadsTheNamesRangesOnceForItsCountAndPages() {
        var filter = namesOverFiveDays().getFirst();
        long all = rows.countRows(filter);
        LocalDate today = fixture.today();
        newRequest();
        try (var statements = StatementCounter.record()) {
            assertThat(ranges.count(filter)).isEqualTo(all);
            for (AppointmentSort sort :
                    List.of(AppointmentSort.DATE, AppointmentSort.STATUS, AppointmentSort.PATIENT)) {
                for (boolean ascending : new boolean[] {true, false}) {
                    ranges.ids(filter, sort.orderBy(ascending), all / 2, 3, today);
                    ranges.ids(filter, sort.orderBy(ascending), all / 2 + 3, 3, today);
                }
            }
            ranges.ids(filter, AppointmentSort.TODAY_FIRST.orderBy(true), all / 2, 3, today);
            assertThat(statements.statements().stream()
                            .filter(sql -> sql.contains("DENSE_RANK"))
                            .count())
                    .as(statements.listing())
                    .isOne();
            assertThat(statements.statements())
                    .as("no other read of the ranges' counts: " + statements.listing())
                    .noneMatch(sql -> sql.contains(" AS k0") || sql.contains("(SELECT COUNT(*) FROM appointments a"));
        }
        // the next request reads it again
        newRequest();
        try (var statements = StatementCounter.record()) {
            ranges.ids(filter, AppointmentSort.STATUS.orderBy(true), all / 2, 3, today);
            assertThat(statements.statements().stream()
                            .filter(sql -> sql.contains("DENSE_RANK"))
                            .count())
                    .isOne();
        }
    }

    @Test
    void aWriteBetweenTwoRequestsIsSeenByTheNextRequestsCountAndPages() {
        var filter = namesOverFiveDays().getFirst();
        LocalDate today = fixture.today();
        newRequest();
        long before = ranges.count(filter);
        assertThat(ranges.ids(filter, AppointmentSort.DATE.orderBy(false), 0, 3, today))
                .isEqualTo(onePage(filter, 0, today));

        // another node books (plain SQL: no listener of this node sees it)
        fixture.appointmentInSql(
                doctors.getFirst(),
                patients.getFirst(),
                today.plusDays(3),
                LocalTime.of(7, 0),
                AppointmentStatus.SCHEDULED,
                null);

        newRequest();
        assertThat(ranges.count(filter)).isEqualTo(before + 1).isEqualTo(rows.countRows(filter));
        assertPagesOfThisRequest(filter, today);
    }

    @Test
    void aWriteCommittedInTheRequestIsSeenByItsNextCountAndPages() {
        var filter = namesOverFiveDays().getFirst();
        LocalDate today = fixture.today();
        newRequest();
        long before = ranges.count(filter);
        ranges.ids(filter, AppointmentSort.STATUS.orderBy(true), before / 2, 3, today);

        // the same request writes (a cancellation from the grid's row, say), in a transaction of its own
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> fixture.appointmentInSql(
                        doctors.getLast(),
                        patients.getLast(),
                        today.minusDays(3),
                        LocalTime.of(7, 0),
                        AppointmentStatus.NO_SHOW,
                        null));

        assertThat(ranges.count(filter)).isEqualTo(before + 1).isEqualTo(rows.countRows(filter));
        assertPagesOfThisRequest(filter, today);
    }

    @Test
    void withoutARequestNothingIsKept() {
        // the test context runs each test in a mock request of its own: none here (a push message, background work)
        RequestContextHolder.resetRequestAttributes();
        var filter = namesOverFiveDays().getFirst();
        LocalDate today = fixture.today();
        long before = ranges.count(filter);
        ranges.ids(filter, AppointmentSort.STATUS.orderBy(true), before / 2, 3, today);
        fixture.appointmentInSql(
                doctors.getFirst(),
                patients.get(1),
                today.minusDays(4),
                LocalTime.of(7, 0),
                AppointmentStatus.COMPLETED,
                null);
        assertThat(ranges.count(filter)).isEqualTo(before + 1);
        assertPagesOfThisRequest(filter, today);
    }

    /** Every order's pages (1, 4 and 7 rows at every offset) in the current request (or none) equal the single query. */
    private void assertPagesOfThisRequest(AppointmentFilter filter, LocalDate today) {
        GridJumpChecks.assertPages(
                rows,
                ranges::ids,
                today,
                "after the write",
                List.of(filter),
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
    }

    private List<Long> onePage(AppointmentFilter filter, int offset, LocalDate today) {
        return GridJumpChecks.ids(rows.findInOneQuery(filter, AppointmentSort.DATE.orderBy(false), offset, 3, today));
    }

    /**
     * Patients of a new family whose names its words start (names equal in the collation among them: "Klara" /
     * "KLÁRA" with the same last name, spelled differently on different days), rows over five days in every status;
     * the filters to compare.
     */
    private List<AppointmentFilter> namesOverFiveDays() {
        family = "Rc" + UUID.randomUUID().toString().substring(0, 8);
        ranges = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0);
        doctors = List.of(fixture.doctor(family + "Koch"), fixture.doctor(family + "Berg"));
        String[][] names = {
            {"Klara", family + "Zeh"}, {"klára", family + "Koch"}, {family + "Kla", family + "Klarsen"},
            {"Ida", family + "Klar"}, {"KLÁRA", family + "zeh"}, {family + "kla", family + "Klarsen"}
        };
        patients = new ArrayList<>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "census", name[0], name[1]));
        }
        LocalDate today = fixture.today();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < 2 + p % 3; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        patients.get(p),
                        today.plusDays(k - 2),
                        LocalTime.of(8, 0).plusMinutes(20L * p),
                        statuses[written++ % statuses.length],
                        null);
            }
        }
        return List.of(
                new AppointmentFilter(null, null, null, family, null, null, null),
                new AppointmentFilter(null, null, null, "kla " + family, null, null, null),
                new AppointmentFilter(null, null, null, family + "kla", AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, null, family + "z", null, today.minusDays(1), today.plusDays(1)),
                new AppointmentFilter(null, null, family + "Koch", family, null, null, null));
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}

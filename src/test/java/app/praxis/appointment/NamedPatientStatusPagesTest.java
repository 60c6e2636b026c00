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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient's name in the status order (issue 18, round 16): {@link NamedPatientPages} finds the first pages from
 * each status's first rows, deeper pages from the name's rows grouped by day and the status's place in the order. Every page (both directions, every
 * offset, pages of 1, 4 and 7) equals the single query's, with several statuses on a day, ties on day and time, days
 * without rows, statuses spelled otherwise but equal in the collation, status and date filters, a doctor's name; read
 * name by name, from the ranges whole, and by the patients' ids. A status the order does not know (MySQL 8.0.15
 * does not enforce the CHECK) falls back to the groups by the status itself and finds the same.
 */
@IntegrationTest
class NamedPatientStatusPagesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    JdbcClient jdbc;

    String family;

    final List<Long> respelled = new ArrayList<>();

    @AfterEach
    void canonicalStatuses() {
        // the other tests share the schema and map the status to the enum: the usual spellings back
        for (AppointmentStatus status : AppointmentStatus.values()) {
            jdbc.sql("UPDATE appointments SET status = ? WHERE status = ? AND (patient_first_name LIKE ?"
                            + " OR patient_last_name LIKE ?)")
                    .params(status.name(), status.name(), family + "%", family + "%")
                    .update();
        }
        if (!respelled.isEmpty()) {
            jdbc.sql("UPDATE appointments SET status = 'SCHEDULED' WHERE appointment_id IN (:ids)")
                    .param("ids", respelled)
                    .update();
        }
        summaries.rebuild();
    }

    @Test
    void everyStatusPageNameByNameFindsWhatTheSingleQueryFinds() {
        writeRows();
        // the defaults: every page here lies near the start, each status's first rows read name by name
        assertThat(pagesEqualTheSingleQuery(new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0)))
                .isGreaterThan(1_000);
    }

    @Test
    void everyStatusPageFromTheGroupsNameByNameFindsTheSame() {
        writeRows();
        // no page counts as near the start: every page from the (status, day) groups, then name by name
        assertThat(pagesEqualTheSingleQuery(
                        new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0)))
                .isGreaterThan(1_000);
    }

    @Test
    void everyStatusPageFromTheRangesWholeOrByThePatientsIdsFindsTheSame() {
        writeRows();
        // cap 0: the ranges read whole; cap 1: one range by name, the other whole; the default: few patients, by ids
        for (var pages : List.of(
                new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, 0),
                new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, 1),
                new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE))) {
            assertThat(pagesEqualTheSingleQuery(pages)).isGreaterThan(1_000);
        }
    }

    @Test
    void aStatusTheOrderDoesNotKnowFallsBackAndFindsTheSame() {
        List<Long> written = writeRows();
        try {
            jdbc.sql("UPDATE appointments SET status = 'WAITING' WHERE appointment_id = ?")
                    .param(written.get(7))
                    .update();
        } catch (DataAccessException refused) {
            // MariaDB enforces the CHECK: no such row can exist there
            return;
        }
        respelled.add(written.get(7));
        summaries.rebuild(); // written in SQL: the patients' kept rows (V0042) count it again, among no status
        // the groups' way (the first pages' walk by status relies on the CHECK, which MySQL enforces from 8.0.16)
        assertThat(pagesEqualTheSingleQuery(
                        new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0)))
                .isGreaterThan(1_000);
    }

    /**
     * Patients of a family (names equal in the collation: "Klara"/"KLÁRA"), three doctors; rows on days -6, -5, -3,
     * -1, 0, 2 and 5 (none between), several statuses a day, two doctors at the same time (ties on day and time); a
     * few statuses spelled in lower or mixed case. Returns the rows' ids in writing order.
     */
    private List<Long> writeRows() {
        family = "Ps" + UUID.randomUUID().toString().substring(0, 8);
        List<DoctorSummary> doctors = List.of(
                fixture.doctor(family + "Koch"), fixture.doctor(family + "Berg"), fixture.doctor(family + "Abt"));
        String[][] names = {
            {family + "Klara", "Zeh"}, {family + "KLÁRA", "zeh"}, {family + "Klara", "Adam"}, {"Ida", family + "Klar"}
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "pstatus", name[0], name[1]));
        }
        LocalDate today = fixture.today();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int[] days = {-6, -5, -3, -1, 0, 2, 5};
        int written = 0;
        for (int d = 0; d < days.length; d++) {
            int onDay = 0;
            for (int p = 0; p < patients.size(); p++) {
                for (int k = 0; k < 1 + (d + p) % 3; k++) {
                    // three doctors at each time: ties on (status, day, time) now and then
                    fixture.appointmentInSql(
                            doctors.get(onDay % doctors.size()),
                            patients.get(p),
                            today.plusDays(days[d]),
                            LocalTime.of(9, 0).plusMinutes(20L * (onDay++ / doctors.size())),
                            statuses[(written++ * 7 + d) % statuses.length],
                            null);
                }
            }
        }
        List<Long> ids = jdbc.sql("SELECT appointment_id FROM appointments WHERE patient_first_name LIKE ?"
                        + " OR patient_last_name LIKE ? ORDER BY appointment_id")
                .params(family + "%", family + "%")
                .query(Long.class)
                .list();
        // spellings equal in the collation: the order ties them with the usual ones (the CHECK accepts them)
        for (int i = 0; i < ids.size(); i += 5) {
            jdbc.sql("UPDATE appointments SET status = LOWER(status) WHERE appointment_id = ?")
                    .param(ids.get(i))
                    .update();
        }
        for (int i = 2; i < ids.size(); i += 9) {
            jdbc.sql("UPDATE appointments SET status = CONCAT(LEFT(status, 1), LOWER(SUBSTRING(status, 2)))"
                            + " WHERE appointment_id = ?")
                    .param(ids.get(i))
                    .update();
        }
        summaries.rebuild();
        return ids;
    }

    /** The count and every status page of a few filters against the single query's; how many pages compared. */
    private int pagesEqualTheSingleQuery(NamedPatientPages pages) {
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(new AppointmentFilter(null, null, null, family, null, null, null));
        filters.add(new AppointmentFilter(null, null, null, family + "klara", null, null, null));
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, family, status, null, null));
        }
        filters.add(new AppointmentFilter(null, null, null, family, null, today.minusDays(5), today.plusDays(2)));
        filters.add(new AppointmentFilter(null, null, null, family, null, today.minusDays(4), today.minusDays(2)));
        filters.add(new AppointmentFilter(
                null, null, null, family, AppointmentStatus.COMPLETED, today.minusDays(3), today));
        filters.add(new AppointmentFilter(null, null, family + "Koch", "zeh " + family, null, null, null));
        int checked = 0;
        for (AppointmentFilter filter : filters) {
            for (boolean ascending : new boolean[] {true, false}) {
                String order = AppointmentSort.STATUS.orderBy(ascending);
                List<Long> all = singleQuery(filter, order);
                assertThat(pages.count(filter)).as("count of %s", filter).isEqualTo(all.size());
                for (int size : new int[] {1, 4, 7}) {
                    for (int offset = 0; offset <= all.size() + 1; offset++) {
                        assertThat(pages.ids(filter, order, offset, size, today))
                                .as("%s, %s, offset %d of %d, size %d", filter, order, offset, all.size(), size)
                                .containsExactlyElementsOf(
                                        all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                        checked++;
                    }
                }
            }
        }
        return checked;
    }

    /**
     * The filter's ids in the order by one plain statement over the users' names (the repository's single query maps
     * each status to the enum, which the other spellings are not): every word starts the patient's first or last
     * name, and the doctor's; the status and the dates.
     */
    private List<Long> singleQuery(AppointmentFilter filter, String order) {
        var sql = new StringBuilder("SELECT a.appointment_id FROM appointments a"
                + " JOIN patients p ON p.patient_id = a.patient_id JOIN users pu ON pu.user_id = p.user_id"
                + " JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id WHERE 1 = 1");
        var params = new ArrayList<Object>();
        for (String[] person : new String[][] {{"pu", filter.patientName()}, {"du", filter.doctorName()}}) {
            if (person[1] != null) {
                for (String word : person[1].trim().split("\\s+")) {
                    sql.append(" AND (" + person[0] + ".first_name LIKE ? OR " + person[0] + ".last_name LIKE ?)");
                    params.add(word + "%");
                    params.add(word + "%");
                }
            }
        }
        if (filter.status() != null) {
            sql.append(" AND a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.from() != null) {
            sql.append(" AND a.appointment_date >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND a.appointment_date <= ?");
            params.add(filter.to());
        }
        return jdbc.sql(sql + " ORDER BY " + order)
                .params(params)
                .query(Long.class)
                .list();
    }
}

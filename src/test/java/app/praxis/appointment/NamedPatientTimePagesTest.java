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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient's one word in the time order (issue 18, round 20, {@link NamedPatientTimePages}): the rows per start time
 * from V0045's kept rows, the spanned times' rows name by name along V0045's indexes, or read whole above the names'
 * cap. Patients whose names are equal in the collation, spelled otherwise, or both start with the word share start
 * times and days with other doctors, so rows tie on the time and on the day and the id decides. Every page at every
 * offset, both ways, alone and with each status (the times' kept rows) and with days or a second word (the times
 * counted name by name), equals the single query's: read name by name, read whole, and by the grid.
 */
@IntegrationTest
class NamedPatientTimePagesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageInTheTimeOrderIsTheSingleQuerysNameByNameOrWhole() {
        String family = "Nt" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        var doctors =
                List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"));
        String[][] names = {
            {"Anna", family + "Müller"},
            {"anna", family + "Muller"},
            {"Änna", family + "MÜLLER"},
            {family + "Ann", family + "Annaberg"}, // both names start with the family's word
            {family + "Ann", "Berg"},
            {family.toUpperCase() + "ANN", "Berg"},
            {"Ann", family + "Annaberg"},
            {"Zoë", family + "Arzt"},
            {"Ida", "Elsewhere" + family} // not the family's word: never in the pages
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "nametimes", name[0], name[1]));
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            DoctorSummary doctor = doctors.get(p % 3);
            for (int k = 0; k < 2 + p % 3; k++) {
                // three start times, each shared by patients of the other doctors on the same days: ties on time and
                // day; one doctor's (day, time) is never taken twice
                fixture.appointmentInSql(
                        doctor,
                        patients.get(p),
                        today.plusDays(k - 1),
                        LocalTime.of(9, 0).plusMinutes(20L * ((p / 3 + k) % 3)),
                        statuses[written++ % statuses.length],
                        null);
            }
        }
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(patientNamed(family));
        filters.add(patientNamed(family.toLowerCase()));
        for (AppointmentStatus status : statuses) {
            filters.add(new AppointmentFilter(null, null, null, family, status, null, null));
        }
        filters.add(new AppointmentFilter(null, null, null, family, null, today, today.plusDays(1)));
        filters.add(patientNamed("ann " + family));
        var orders = GridJumpChecks.bothWays(AppointmentSort.TIME);
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM appointments WHERE patient_first_name LIKE ? OR patient_last_name LIKE ?",
                        family + "%",
                        family + "%"))
                .isEqualTo(23);

        var byName = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0);
        int checked = GridJumpChecks.assertPages(
                rows, byName::ids, today, "name by name", filters, orders, GridJumpChecks.everyOffset());
        var whole = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, 0, 0);
        checked += GridJumpChecks.assertPages(
                rows, whole::ids, today, "whole ranges", filters, orders, GridJumpChecks.everyOffset());
        checked += GridJumpChecks.assertPages(rows, today, "the grid", filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(300);
    }

    private static AppointmentFilter patientNamed(String name) {
        return new AppointmentFilter(null, null, null, name, null, null, null);
    }
}

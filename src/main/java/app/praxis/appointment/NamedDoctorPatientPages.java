package app.praxis.appointment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's name alone in the patient order (the patient's last name, first name and user id,
 * then date, time, id; issue 18, round 14). The named doctors' rows were grouped per patient and each patient looked
 * up in {@code patients} and {@code users} for the name, then sorted: 50,000 patients for 'Klara' at 1,000,000. Since
 * V0033 the patient's names are on the appointment, and V0035's {@code ix_appointment_doctor_patient_name} (doctor,
 * last name, first name, patient, status, date) holds each doctor's rows in that order, so this reads its entries:
 *
 * <ol>
 *   <li>the named doctors' rows per name (last, first): grouped per doctor and name as the index is read, then summed
 *       per name (sorted, not hashed: many different names would make a large temporary table). The copied names
 *       have the users' collation, so names equal in it (Müller, MÜLLER, Muller) are one group, as they tie in the
 *       grid's order;
 *   <li>the names skipped whole until the one holding the offset; that name's patients (an equality range per doctor)
 *       counted and ordered by their user's id (the order's tie-break), and the next names' while the page is not
 *       full; the page read from the patients it spans ({@link PeopleWalk}).
 * </ol>
 *
 * Exact as long as the copied names are the users' (every writer copies them; a rename rewrites them:
 * {@link AppointmentPatientNames}).
 */
final class NamedDoctorPatientPages {

    private final JdbcClient jdbc;

    NamedDoctorPatientPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient's name as copied onto their rows, and the named doctors' rows of it. */
    private record Name(String last, String first, long rows) {}

    /** The page at the request's offset in the patient order ({@code ascending} or not) of the named doctors' rows. */
    List<Long> byPatient(NamedDoctorPages.Request request) {
        long skip = request.offset();
        PeopleWalk walk = null;
        for (Name name : names(request)) {
            if (walk == null) {
                if (skip >= name.rows()) {
                    skip -= name.rows();
                    continue;
                }
                walk = new PeopleWalk(skip, request.limit());
            }
            walk.pass(patients(request, name));
            if (walk.full()) {
                break;
            }
        }
        if (walk == null || walk.chosen.isEmpty()) {
            return List.of();
        }
        var params = new LinkedHashMap<String, Object>();
        return request.reader()
                .page(
                        request.filter(),
                        walk.chosenRows("a.patient_id", params),
                        walk.chosenOrder("a.patient_id", request.ascending()),
                        walk.firstSkip,
                        request.limit(),
                        params);
    }

    /** The named doctors' rows per patient's name, in the order: counted per doctor and name along the index. */
    private List<Name> names(NamedDoctorPages.Request request) {
        String dir = request.ascending() ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        // SQL_BIG_RESULT: the names summed by sorting the per-doctor groups, not in a temporary table keyed on the
        // 800-byte name (with 50,000 different names that table went to disk: 300-700 ms against 83; with 58, 17 to 19)
        String sql = "SELECT SQL_BIG_RESULT g.last_name, g.first_name, SUM(g.n_rows) FROM (SELECT a.doctor_id,"
                + " a.patient_last_name AS last_name, a.patient_first_name AS first_name, COUNT(*) AS n_rows"
                + " FROM appointments a WHERE a.doctor_id IN (:ids)"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.doctor_id, a.patient_last_name, a.patient_first_name) g"
                + " GROUP BY g.last_name, g.first_name ORDER BY g.last_name " + dir + ", g.first_name " + dir;
        var names = new ArrayList<Name>();
        jdbc.sql(sql).params(params).query(rs -> {
            names.add(new Name(rs.getString(1), rs.getString(2), rs.getLong(3)));
        });
        return names;
    }

    /** One name's patients among the named doctors' rows (patient, rows), by user id in the order's direction. */
    private List<long[]> patients(NamedDoctorPages.Request request, Name name) {
        String dir = request.ascending() ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        params.put("last", name.last());
        params.put("first", name.first());
        String sql = "SELECT a.patient_id, COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                + " WHERE a.doctor_id IN (:ids) AND a.patient_last_name = :last AND a.patient_first_name = :first"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.patient_id, p.user_id ORDER BY p.user_id " + dir;
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }
}

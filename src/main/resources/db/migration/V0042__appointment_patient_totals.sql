-- The admins' grid with a patient's name (issue 18, docs/PERFORMANCE.md "Large clinic network", round 17, branch
-- r17-ptotals17). A name such as 'Klara' selects ~10,000 patients and ~50,000 appointments: its count read the name's
-- ~50,000 entries of V0040's narrow indexes (11.8 ms against 1.7 at the demo's size), and a jump in the patient order
-- walked them again. One kept row per patient with appointments: the patient's names (as V0033 copies them onto the
-- appointments, the users' collation), the user id (the patient order's tie-break) and the rows by status. The two
-- covering indexes make each of a name's two ranges (the first name starts with the word; else the last name does)
-- an index-only read of ~10,000 entries: the count is their sum, a jump sums them by name and patient until the offset
-- and reads only the spanned patients' appointments (appointment.PatientTotals). Written with the other kept counts at
-- commit (SummaryDeltas), renamed with the patient (AppointmentPatientNames), refilled by AppointmentSummaries.rebuild().
CREATE TABLE appointment_patient_totals (
    patient_id         BIGINT       NOT NULL PRIMARY KEY,
    user_id            BIGINT       NOT NULL,
    patient_last_name  VARCHAR(100) NOT NULL,
    patient_first_name VARCHAR(100) NOT NULL,
    scheduled          INT          NOT NULL,
    completed          INT          NOT NULL,
    no_shows           INT          NOT NULL,
    cancelled          INT          NOT NULL,
    total              INT          NOT NULL,
    INDEX ix_patient_totals_last (patient_last_name, patient_first_name, user_id, total, scheduled, completed,
        no_shows, cancelled),
    INDEX ix_patient_totals_first (patient_first_name, patient_last_name, user_id, total, scheduled, completed,
        no_shows, cancelled),
    INDEX ix_patient_totals_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_totals (patient_id, user_id, patient_last_name, patient_first_name, scheduled,
                                        completed, no_shows, cancelled, total)
SELECT c.patient_id, u.user_id, u.last_name, u.first_name, c.scheduled, c.completed, c.no_shows, c.cancelled, c.total
FROM (SELECT a.patient_id,
             SUM(a.status = 'SCHEDULED') AS scheduled,
             SUM(a.status = 'COMPLETED') AS completed,
             SUM(a.status = 'NO_SHOW') AS no_shows,
             SUM(a.status = 'CANCELLED') AS cancelled,
             COUNT(*) AS total
      FROM appointments a
      GROUP BY a.patient_id) c
    JOIN patients p ON p.patient_id = c.patient_id
    JOIN users u ON u.user_id = p.user_id;

-- A large clinic network, round 52 (issue 18, docs/PERFORMANCE.md "Round 52"): the admins' grid with a doctor's name of
-- one word in the patient order sums the name's spellings' rows per bucket of the order (V0062), then reads the bucket's
-- patients among the named doctors' appointments: one range per doctor (100 for 'Klara' on the large set) in
-- ix_appointment_doctor_patient_name, ~4,000 entries grouped per patient, 3-5 ms of the page's 8.5.
--
-- Each spelling of a doctor's name now keeps a row per patient of the appointments it counts, keyed in the grid's
-- patient order (the patient's last name, first name and user id, in the users' collation), with the counts by status
-- of appointment_daily_counts. A bucket's patients are then one range of this key per spelling, read in order.
--
-- Written by the commit with V0062's rows (appointment.SummaryDeltas: the spellings' keys and the patient's names are
-- lookups it already makes), renamed with the patient (appointment.AppointmentPatientNames), counted again with V0062's
-- rows after a doctor's rename (appointment.DoctorNameBucketRows.repairStale) and by rebuild(). Rows that sum to zero
-- stay (a reader keeps the patients with rows).
CREATE TABLE doctor_name_patients (
    spelling_id           BIGINT       NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    user_id               BIGINT       NOT NULL,
    patient_id            BIGINT       NOT NULL,
    scheduled             INT          NOT NULL DEFAULT 0,
    completed             INT          NOT NULL DEFAULT 0,
    no_shows              INT          NOT NULL DEFAULT 0,
    cancelled_by_patient  INT          NOT NULL DEFAULT 0,
    cancelled_by_practice INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (spelling_id, last_name, first_name, user_id),
    INDEX ix_doctor_name_patients_patient (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- summed per doctor and patient first, then per spelling and patient, the names joined last (to those rows only)
INSERT INTO doctor_name_patients (spelling_id, last_name, first_name, user_id, patient_id, scheduled, completed,
    no_shows, cancelled_by_patient, cancelled_by_practice)
SELECT x.spelling_id, pu.last_name, pu.first_name, pu.user_id, x.patient_id, x.scheduled, x.completed, x.no_shows,
    x.cancelled_by_patient, x.cancelled_by_practice
FROM (SELECT s.spelling_id, g.patient_id, SUM(g.scheduled) AS scheduled, SUM(g.completed) AS completed,
             SUM(g.no_shows) AS no_shows, SUM(g.cancelled_by_patient) AS cancelled_by_patient,
             SUM(g.cancelled_by_practice) AS cancelled_by_practice
      FROM (SELECT a.doctor_id, a.patient_id, SUM(a.status = 'SCHEDULED') AS scheduled,
                   SUM(a.status = 'COMPLETED') AS completed, SUM(a.status = 'NO_SHOW') AS no_shows,
                   SUM(a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id) AS cancelled_by_patient,
                   SUM(a.status = 'CANCELLED' AND NOT (a.cancelled_by <=> p.user_id)) AS cancelled_by_practice
            FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
            GROUP BY a.doctor_id, a.patient_id) g
      JOIN doctors d ON d.doctor_id = g.doctor_id
      JOIN users u ON u.user_id = d.user_id
      JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
      JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
      GROUP BY s.spelling_id, g.patient_id) x
JOIN patients pp ON pp.patient_id = x.patient_id
JOIN users pu ON pu.user_id = pp.user_id;

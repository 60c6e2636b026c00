-- A large clinic network, round 48 (issue 18, docs/PERFORMANCE.md "Round 48"): the admins' grid with a doctor's name
-- in the patient order summed the named doctors' rows per group of 10 buckets of the order (V0041), then read the
-- spanned group's patients: ~10,000 of 'Klara''s entries (100 of 2,000 doctors) per page on the large set. As V0061
-- does for the reason order, each appointment is now also counted, per bucket of the patient order (its patient's,
-- V0025's), in the rows of its doctor's first name's spelling and last name's, keyed 7 * 10^12 + the spelling's id, on
-- the day 1237-01-01 + the bucket (the buckets from 23,009 on share 1299-12-31). A word typed sums one spelling's rows
-- per bucket and reads one bucket's patients.
--
-- Written by the commit with the other count rows (appointment.SummaryDeltas: its lookups of the patient's bucket and
-- of the spellings are already made), moved with a patient whose rename crosses a bucket's bound, and written again by
-- rebuild(). A doctor's rename marks their spellings stale and counts them again after its commit, as for V0061
-- (appointment.DoctorNameBucketRows).
--
-- A patient's bucket is the number of bounds at or below their key, found in one ordered pass over the bounds and the
-- patients together (V0041's way), kept in a temporary table with a primary key to join the appointments to.
CREATE TEMPORARY TABLE v0062_patient_buckets (
    patient_id BIGINT NOT NULL PRIMARY KEY,
    bucket     INT    NOT NULL
);

INSERT INTO v0062_patient_buckets (patient_id, bucket)
SELECT w.patient_id, w.bucket
FROM (SELECT k.patient_id,
             SUM(k.is_bound) OVER (ORDER BY k.last_name, k.first_name, k.user_id, k.is_bound DESC
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bucket
      FROM (SELECT 0 AS patient_id, b.last_name, b.first_name, b.user_id, 1 AS is_bound
            FROM appointment_patient_buckets b
            UNION ALL
            SELECT p2.patient_id, u.last_name, u.first_name, u.user_id, 0
            FROM patients p2 JOIN users u ON u.user_id = p2.user_id) k) w
WHERE w.patient_id > 0;

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17,
    h18, h19, h20, h21, h22, h23)
SELECT DATE '1237-01-01' + INTERVAL LEAST(pb.bucket, 23009) DAY AS d, 7000000000000 + s.spelling_id AS name_row,
    SUM(a.status = 'SCHEDULED'), SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),
    SUM(a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id),
    SUM(a.status = 'CANCELLED' AND NOT (a.cancelled_by <=> p.user_id)),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 0),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 1),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 2),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 3),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 4),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 5),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 6),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 7),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 8),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 9),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 10),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 11),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 12),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 13),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 14),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 15),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 16),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 17),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 18),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 19),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 20),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 21),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 22),
    SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 23)
FROM appointments a
JOIN patients p ON p.patient_id = a.patient_id
JOIN v0062_patient_buckets pb ON pb.patient_id = a.patient_id
JOIN doctors d ON d.doctor_id = a.doctor_id
JOIN users u ON u.user_id = d.user_id
JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
GROUP BY d, name_row;

DROP TEMPORARY TABLE v0062_patient_buckets;

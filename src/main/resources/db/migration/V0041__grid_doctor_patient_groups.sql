-- A large clinic network, round 17 (issue 18, docs/PERFORMANCE.md "Round 17 … r17-dpat17"): the admins' grid with a
-- doctor's name alone in the patient order summed the named doctors' rows per patient name on every page (one
-- grouped read of their ~50,000 entries of ix_appointment_doctor_patient_name for 'Klara', 41-46 ms). Each doctor's
-- appointments by status are now kept per group of 10 consecutive buckets of the patient order (V0025's buckets,
-- AppointmentSummaries.PATIENTS_PER_BUCKET patients each): a row of appointment_daily_counts on V0024's sentinel day
-- with doctor_id = 10^15 + doctor id × 10^6 + bucket DIV 10 (above every other kept key). A page sums the named
-- doctors' groups until the offset, then reads one group's named rows (a name range per doctor) on that index.
--
-- Written by the commit's one INSERT … SELECT with the other counts (appointment.SummaryDeltas: one row more per
-- booking, no statement more), moved on a rename that crosses a group's bound, chosen again by rebuild().
--
-- A patient's bucket here is the highest bound at or below their key (the bounds as they are, perhaps chosen by
-- rebuild() since V0025), found by one ordered pass over the bounds and the patients together: a bound sorts before
-- the patient whose key it is, and the buckets with a bound are 1, 2, … in the bounds' order (V0025, rebuild()), so a
-- patient's bucket is the number of bounds up to them: a running SUM (a running MAX, which MariaDB computes again over
-- the whole frame for every row, took over 4 minutes for this one statement at 200,000 patients). Kept in a
-- temporary table with a primary key: joined as a derived table (no index) the 1,000,000 appointments scanned its
-- 200,000 rows each (over 30 minutes on the large set).
CREATE TEMPORARY TABLE v0041_patient_buckets (
    patient_id BIGINT NOT NULL PRIMARY KEY,
    bucket     INT    NOT NULL
);

INSERT INTO v0041_patient_buckets (patient_id, bucket)
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
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01', 1000000000000000 + a.doctor_id * 1000000 + pb.bucket DIV 10 AS row_key,
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
JOIN v0041_patient_buckets pb ON pb.patient_id = a.patient_id
GROUP BY row_key;

DROP TEMPORARY TABLE v0041_patient_buckets;

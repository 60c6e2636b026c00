-- A large clinic network, round 10 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 10): a jump (a page at
-- an offset, without the row before it) in the admin grid's patient order (last name, first name, user id, then date,
-- time, id) walked every row before it. The patients are cut into buckets of consecutive names: a bucket is a range of
-- the order's key, from its lower bound (this table: the key of its first patient when the buckets were built) to the
-- next bucket's bound; bucket 0 has no row here and starts below every name. A patient's bucket is the highest bucket
-- whose bound is at or below their (last name, first name, user id), compared in the users' own collation (the
-- columns below are declared as users'), so a new name falls into the range it belongs to without a write, and a
-- rename moves the patient's counts when it crosses a bound (AppointmentSummaries.patientRenamed).
--
-- Each bucket's appointments by status are a row of appointment_daily_counts on the day '1000-01-01' (no visit day:
-- every read of that table names a range of days or a doctor) with doctor_id = -1000000000 - bucket (V0022's
-- specialization rows are -1 - specialization id), written by the same INSERT … SELECT at commit as the day-and-doctor
-- rows (SummaryDeltas): no statement more per booking, reschedule or cancellation.
CREATE TABLE appointment_patient_buckets (
    bucket     INT          NOT NULL PRIMARY KEY,
    last_name  VARCHAR(100) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    user_id    BIGINT       NOT NULL,
    INDEX ix_appointment_patient_buckets_key (last_name, first_name, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 1,000 patients per bucket (AppointmentSummaries.PATIENTS_PER_BUCKET; rebuild() chooses them again)
INSERT INTO appointment_patient_buckets (bucket, last_name, first_name, user_id)
SELECT (r.n - 1) DIV 1000, r.last_name, r.first_name, r.user_id
FROM (SELECT u.last_name, u.first_name, u.user_id,
             ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) AS n
      FROM patients p JOIN users u ON u.user_id = p.user_id) r
WHERE r.n > 1 AND (r.n - 1) MOD 1000 = 0;

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT '1000-01-01', -1000000000 - pb.bucket,
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
JOIN (SELECT p2.patient_id,
             -- signed: MySQL's ROW_NUMBER() is unsigned, and -1000000000 - an unsigned value is out of range
             CAST((ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) - 1) DIV 1000 AS SIGNED) AS bucket
      FROM patients p2 JOIN users u ON u.user_id = p2.user_id) pb ON pb.patient_id = a.patient_id
GROUP BY pb.bucket;

-- A large clinic network, round 11 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 11): the admins'
-- grid's jumps (a page at an offset, without the row before it) by doctor and by reason.
--
-- By doctor, V0024's jump summed all 2,000 doctors' totals in name order (4,000 key look-ups and a sort). The doctors
-- are now cut into buckets of consecutive names as V0025 cuts the patients: appointment_doctor_buckets holds each
-- bucket's lower bound (the key of its first doctor when the buckets were built; bucket 0 has no row and starts below
-- every name), a doctor's bucket is the highest whose bound is at or below their (last name, first name, user id) in
-- the users' collation, and each bucket's appointments by status are a row of appointment_daily_counts on V0024's
-- sentinel day with doctor_id = 900,000,000,000 + bucket (below the doctors' own sentinel rows, 1,000,000,000,000 +
-- id: a booking's statement asks for the doctor's name, and may wait for a rename, before it writes the doctor's
-- row the rename moves). A jump sums ~40 buckets, then walks one bucket's doctors by ix_users_role_name.
--
-- By reason (reason_sort, date, time, id), a jump skipped every row before it on ix_appointment_grid_reason. The rows
-- are cut into buckets of the order's whole key (a reason repeats, so one reason spans many buckets):
-- appointment_reason_buckets holds each bucket's lower bound, the key of its first row when the buckets were built
-- (a missing reason, NULL, sorts below every reason, as in the grid; bucket 0 has no row and starts below every key),
-- a row's bucket is the highest whose bound is at or below its key (the column's collation), and each bucket's
-- appointments by status are a row on the sentinel day with doctor_id = 3,000,000,000,000 + bucket. A jump sums a few
-- hundred buckets and skips at most about one bucket's rows (2,000) on the reason's index.
--
-- Both are written by the commit's one INSERT … SELECT with the other counts (appointment.SummaryDeltas): no
-- statement more per booking, two rows more. AppointmentSummaries.rebuild() chooses the bounds again like this.

-- the doctors in name order, by an index (the users' name index holds a hundred patients per doctor)
CREATE INDEX ix_users_role_name ON users (role, last_name, first_name);

CREATE TABLE appointment_doctor_buckets (
    bucket     INT          NOT NULL PRIMARY KEY,
    last_name  VARCHAR(100) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    user_id    BIGINT       NOT NULL,
    INDEX ix_appointment_doctor_buckets_key (last_name, first_name, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 50 doctors per bucket (DoctorOrderBuckets.DOCTORS_PER_BUCKET)
INSERT INTO appointment_doctor_buckets (bucket, last_name, first_name, user_id)
SELECT (r.n - 1) DIV 50, r.last_name, r.first_name, r.user_id
FROM (SELECT u.last_name, u.first_name, u.user_id,
             ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) AS n
      FROM doctors d JOIN users u ON u.user_id = d.user_id) r
WHERE r.n > 1 AND (r.n - 1) MOD 50 = 0;

-- each bucket's counts: the sum of its doctors' all-time rows (V0024)
INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01', 900000000000 + db.bucket,
       SUM(c.scheduled),
       SUM(c.completed),
       SUM(c.no_shows),
       SUM(c.cancelled_by_patient),
       SUM(c.cancelled_by_practice),
       SUM(c.h00),
       SUM(c.h01),
       SUM(c.h02),
       SUM(c.h03),
       SUM(c.h04),
       SUM(c.h05),
       SUM(c.h06),
       SUM(c.h07),
       SUM(c.h08),
       SUM(c.h09),
       SUM(c.h10),
       SUM(c.h11),
       SUM(c.h12),
       SUM(c.h13),
       SUM(c.h14),
       SUM(c.h15),
       SUM(c.h16),
       SUM(c.h17),
       SUM(c.h18),
       SUM(c.h19),
       SUM(c.h20),
       SUM(c.h21),
       SUM(c.h22),
       SUM(c.h23)
FROM appointment_daily_counts c
JOIN (SELECT d.doctor_id,
             -- signed: MySQL's ROW_NUMBER() is unsigned
             CAST((ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) - 1) DIV 50 AS SIGNED) AS bucket
      FROM doctors d JOIN users u ON u.user_id = d.user_id) db ON c.doctor_id = 1000000000000 + db.doctor_id
WHERE c.count_date = DATE '1000-01-01'
GROUP BY db.bucket;

CREATE TABLE appointment_reason_buckets (
    bucket           INT          NOT NULL PRIMARY KEY,
    reason_sort      VARCHAR(700) NULL,
    appointment_date DATE         NOT NULL,
    start_time       TIME         NOT NULL,
    appointment_id   BIGINT       NOT NULL,
    INDEX ix_appointment_reason_buckets_key (reason_sort, appointment_date, start_time, appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2,000 rows per bucket (ReasonOrderJumps.ROWS_PER_BUCKET); the rows without a reason sort first, as in the grid
INSERT INTO appointment_reason_buckets (bucket, reason_sort, appointment_date, start_time, appointment_id)
SELECT (r.n - 1) DIV 2000, r.reason_sort, r.appointment_date, r.start_time, r.appointment_id
FROM (SELECT a.reason_sort, a.appointment_date, a.start_time, a.appointment_id,
             ROW_NUMBER() OVER (ORDER BY a.reason_sort, a.appointment_date, a.start_time, a.appointment_id) AS n
      FROM appointments a) r
WHERE r.n > 1 AND (r.n - 1) MOD 2000 = 0;

-- each bucket's counts: the rows by their place in the order
INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01', 3000000000000 + a.bucket,
       SUM(a.status = 'SCHEDULED'),
       SUM(a.status = 'COMPLETED'),
       SUM(a.status = 'NO_SHOW'),
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
FROM (SELECT a.status, a.cancelled_by, a.start_time, a.patient_id,
             -- signed: MySQL's ROW_NUMBER() is unsigned
             CAST((ROW_NUMBER() OVER (ORDER BY a.reason_sort, a.appointment_date, a.start_time, a.appointment_id) - 1)
                  DIV 2000 AS SIGNED) AS bucket
      FROM appointments a) a
JOIN patients p ON p.patient_id = a.patient_id
GROUP BY a.bucket;

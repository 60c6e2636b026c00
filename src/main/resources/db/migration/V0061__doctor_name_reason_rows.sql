-- A large clinic network, round 48 (issue 18, docs/PERFORMANCE.md "Round 48"): the admins' grid with a doctor's name
-- in the reason order summed the named doctors' rows per group of 20 buckets of the order (V0047), then counted the
-- spanned group's rows per reason and day: ~10,000 of 'Klara''s rows (100 of 2,000 doctors) per page on the large
-- set. Each appointment is now also counted, per bucket of the reason order (V0027's), in the rows of its doctor's
-- first name's spelling and last name's (V0057's spellings), keyed 6 * 10^12 + the spelling's id (not V0057's keys,
-- whose readers read a key's rows of every day), on the day 1237-01-01 + the bucket (after V0049's start times' days,
-- before V0050's months'; the buckets from 23,009 on share 1299-12-31). A word typed sums one spelling's rows per
-- bucket and reads the page within a bucket's rows.
--
-- Written by the commit with the other count rows (appointment.SummaryDeltas: its lookups of the row's bucket and of
-- the spellings are already made), and again by rebuild(). A doctor has no rows of their own per bucket to move from
-- when renamed: a rename marks its former and new spellings stale here (readers then sum the doctors' own groups, as
-- X
CREATE TABLE doctor_name_stale_spellings (
    spelling_id BIGINT NOT NULL,
    PRIMARY KEY (spelling_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A row's bucket is the number of bounds at or below its key, found in one ordered pass over the bounds and the rows
-- together, a bound before the row whose key it is (V0047's way; a missing reason sorts first, as in the grid).
CREATE TEMPORARY TABLE v0061_reason_buckets (
    appointment_id BIGINT NOT NULL PRIMARY KEY,
    bucket         INT    NOT NULL
);

INSERT INTO v0061_reason_buckets (appointment_id, bucket)
SELECT w.appointment_id, w.bucket
FROM (SELECT k.appointment_id, k.is_bound,
             SUM(k.is_bound) OVER (ORDER BY k.reason_sort, k.appointment_date, k.start_time, k.appointment_id,
                                            k.is_bound DESC
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bucket
      FROM (SELECT b.appointment_id, b.reason_sort, b.appointment_date, b.start_time, 1 AS is_bound
            FROM appointment_reason_buckets b
            UNION ALL
            SELECT a.appointment_id, a.reason_sort, a.appointment_date, a.start_time, 0
            FROM appointments a) k) w
WHERE w.is_bound = 0;

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17,
    h18, h19, h20, h21, h22, h23)
SELECT DATE '1237-01-01' + INTERVAL LEAST(rb.bucket, 23009) DAY AS d, 6000000000000 + s.spelling_id AS name_row,
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
JOIN v0061_reason_buckets rb ON rb.appointment_id = a.appointment_id
JOIN doctors d ON d.doctor_id = a.doctor_id
JOIN users u ON u.user_id = d.user_id
JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
GROUP BY d, name_row;

DROP TEMPORARY TABLE v0061_reason_buckets;

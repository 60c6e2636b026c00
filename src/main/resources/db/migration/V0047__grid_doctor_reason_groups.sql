-- A large clinic network, round 21 (issue 18, docs/PERFORMANCE.md "Round 21"): the admins' grid with a doctor's name
-- alone in the reason order (reason, date, time, id) counted the named doctors' rows per reason on every page, one
-- grouped read of their ~50,000 entries of ix_appointment_doctor_reason for 'Klara' (100 doctors) at 1,000,000: 15-25
-- ms of a 28-32 ms median, p95 up to 51. Each doctor's appointments by status are now kept per group of 20
-- consecutive buckets of the reason order (V0027's buckets, ReasonOrderJumps.ROWS_PER_BUCKET rows each): a row of
-- appointment_daily_counts on V0024's sentinel day with doctor_id = 2 * 10^15 + doctor id * 10^6 + bucket DIV 20
-- (above every other kept key: V0041's end below 2 * 10^15 for doctor ids below 10^9). A page sums the named doctors'
-- groups until its offset, then reads the spanned groups' named rows between their bounds on that index
-- (appointment.NamedDoctorReasonPages).
--
-- Written by the commit's one INSERT ... SELECT with the other counts (appointment.SummaryDeltas: one row more per
-- booking, no statement more; the row's bucket found in the statement as for V0027's row), chosen again with the
-- buckets by rebuild(). A row's bucket never moves but when the buckets are chosen again: its key (reason, date,
-- time, id) changes only with a reschedule, which takes its old contribution out and adds the new one.
--
-- A row's bucket here is the number of bounds at or below its key (the buckets with a bound are 1, 2, ... in the
-- bounds' order, V0027 and rebuild(); bucket 0 has none), found in one ordered pass over the bounds and the rows
-- together, a bound before the row whose key it is (V0041's way; a missing reason sorts first, as in the grid).
CREATE TEMPORARY TABLE v0047_reason_buckets (
    appointment_id BIGINT NOT NULL PRIMARY KEY,
    bucket         INT    NOT NULL
);

INSERT INTO v0047_reason_buckets (appointment_id, bucket)
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
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01', 2000000000000000 + a.doctor_id * 1000000 + rb.bucket DIV 20 AS row_key,
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
JOIN v0047_reason_buckets rb ON rb.appointment_id = a.appointment_id
GROUP BY row_key;

DROP TEMPORARY TABLE v0047_reason_buckets;

-- The admins' grid: a jump (a page at an offset, dragging the scrollbar) in the order by doctor and by time without
-- skipping every row before it (issue 18, docs/PERFORMANCE.md "Large clinic network", round 10).
--
-- appointment_daily_counts gets rows on a sentinel date, 1000-01-01 (before any appointment, so no date range of the
-- dashboard's reads reaches them), with the same columns as a day's row:
-- * doctor_id = 1,000,000,000,000 + a doctor's id: the doctor's appointments of all time, per status;
-- * doctor_id = 2,000,000,000,000 + second of the day * 10,000,000 + days since 1000-01-01: the appointments that
--   start at that time on that day, per status; in key order they are the time order's (time, date) groups.
-- Keys above every doctor's id and every specialization's row (-1 - id): a reader of a doctor's or a
-- specialization's rows never meets them. appointment.SummaryDeltas writes them in the statement that writes the
-- day-and-doctor rows (no statement more per booking); AppointmentSummaries.rebuild() fills them like this.

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01', 1000000000000 + a.doctor_id,
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
FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
GROUP BY a.doctor_id;

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1000-01-01',
       2000000000000 + TIME_TO_SEC(a.start_time) * 10000000 + DATEDIFF(a.appointment_date, DATE '1000-01-01'),
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
FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
GROUP BY a.start_time, a.appointment_date;

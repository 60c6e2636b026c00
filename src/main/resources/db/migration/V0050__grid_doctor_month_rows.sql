-- A large clinic network, round 25 (issue 18, docs/PERFORMANCE.md "Round 25"): the admins' grid with a doctor's name
-- in the date order (and today first, and the status order within a status) summed the named doctors' kept rows per
-- day to find the day that holds a page: 'Klara' (100 doctors) at 1,000,000 reads 15,600 rows and groups them by day,
-- 11-12 ms by hand, on every page. Each doctor's appointments by status are now kept per month too: a row of
-- appointment_daily_counts on the day 1300-01-01 + the month's number since year 0 (after V0049's rows per start
-- time, before any visit) with doctor_id = 4 * 10^12 + doctor id (never a doctor's own id). A page sums the named
-- doctors' months (doctor_id IN (...) over those days: 8 months x 100 doctors, index only) until its offset, then
-- reads the days of the month that holds it only (appointment.NamedDoctorPages, appointment.DoctorMonthRows).
--
-- Written by the commit's one INSERT ... SELECT with the other counts (appointment.SummaryDeltas: one row more per
-- booking, no statement more), by the plain-JDBC count statement, and by rebuild(). A reschedule to another month
-- takes its old contribution out and adds the new one.
INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT DATE '1300-01-01' + INTERVAL (YEAR(a.appointment_date) * 12 + MONTH(a.appointment_date) - 1) DAY AS month_day,
    4000000000000 + a.doctor_id,
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
GROUP BY a.doctor_id, month_day;

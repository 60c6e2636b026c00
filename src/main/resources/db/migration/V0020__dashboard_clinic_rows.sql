-- The admin dashboard's whole-clinic figures from a row per day (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 7). The daily summaries of V0013 and V0015 hold a row per day *and doctor*: with 2,000 doctors the whole
-- clinic's 30 days and the 30 before them summed some 88,000 rows of each. Now each day also has one row for the
-- whole clinic, kept by the same writers in the same transactions, without a statement more per change:
--
-- * appointments: V0019's appointment_day_totals (per day and status, the whole clinic) also counts, per day and
--   status, the cancellations by the patient and the appointments by starting hour (h00 ... h23, zero on the
--   CANCELLED rows: the busiest hours count only appointments not cancelled). Its upsert at commit writes them with
--   the total, in the same statement.
-- * revenue and slot minutes: payment_daily_revenue and availability_daily_minutes get a row of doctor_id 0 per day,
--   the sum of that day's doctors' rows. Every change adds its delta to its doctor's row and to the day's clinic row
--   in one multi-row upsert at commit (base.DailyDeltas), rows in (day, doctor) order, so the statement count is
--   what it was and no two transactions wait on each other in a circle. doctor_id 0 names no doctor, so these two
--   tables lose their foreign key to doctors (their rows are derived, rebuilt by rebuild()).

ALTER TABLE appointment_day_totals
    ADD COLUMN cancelled_by_patient INT NOT NULL DEFAULT 0,
    ADD COLUMN h00 INT NOT NULL DEFAULT 0,
    ADD COLUMN h01 INT NOT NULL DEFAULT 0,
    ADD COLUMN h02 INT NOT NULL DEFAULT 0,
    ADD COLUMN h03 INT NOT NULL DEFAULT 0,
    ADD COLUMN h04 INT NOT NULL DEFAULT 0,
    ADD COLUMN h05 INT NOT NULL DEFAULT 0,
    ADD COLUMN h06 INT NOT NULL DEFAULT 0,
    ADD COLUMN h07 INT NOT NULL DEFAULT 0,
    ADD COLUMN h08 INT NOT NULL DEFAULT 0,
    ADD COLUMN h09 INT NOT NULL DEFAULT 0,
    ADD COLUMN h10 INT NOT NULL DEFAULT 0,
    ADD COLUMN h11 INT NOT NULL DEFAULT 0,
    ADD COLUMN h12 INT NOT NULL DEFAULT 0,
    ADD COLUMN h13 INT NOT NULL DEFAULT 0,
    ADD COLUMN h14 INT NOT NULL DEFAULT 0,
    ADD COLUMN h15 INT NOT NULL DEFAULT 0,
    ADD COLUMN h16 INT NOT NULL DEFAULT 0,
    ADD COLUMN h17 INT NOT NULL DEFAULT 0,
    ADD COLUMN h18 INT NOT NULL DEFAULT 0,
    ADD COLUMN h19 INT NOT NULL DEFAULT 0,
    ADD COLUMN h20 INT NOT NULL DEFAULT 0,
    ADD COLUMN h21 INT NOT NULL DEFAULT 0,
    ADD COLUMN h22 INT NOT NULL DEFAULT 0,
    ADD COLUMN h23 INT NOT NULL DEFAULT 0;

-- Filled for the rows already there: the cancellations by the patient from appointment_daily_counts (per day and
-- doctor, in step with the appointments) onto the day's CANCELLED row; the hours per day and status from the
-- appointments not cancelled (the daily counts' hours do not say the status). rebuild() computes both from the
-- appointments.
UPDATE appointment_day_totals t
JOIN (SELECT c.count_date, SUM(c.cancelled_by_patient) AS by_patient
      FROM appointment_daily_counts c GROUP BY c.count_date) x ON x.count_date = t.count_date
SET t.cancelled_by_patient = x.by_patient
WHERE t.status = 'CANCELLED';

UPDATE appointment_day_totals t
JOIN (SELECT a.appointment_date AS day, a.status,
             SUM(HOUR(a.start_time) = 0) AS h00, SUM(HOUR(a.start_time) = 1) AS h01,
             SUM(HOUR(a.start_time) = 2) AS h02, SUM(HOUR(a.start_time) = 3) AS h03,
             SUM(HOUR(a.start_time) = 4) AS h04, SUM(HOUR(a.start_time) = 5) AS h05,
             SUM(HOUR(a.start_time) = 6) AS h06, SUM(HOUR(a.start_time) = 7) AS h07,
             SUM(HOUR(a.start_time) = 8) AS h08, SUM(HOUR(a.start_time) = 9) AS h09,
             SUM(HOUR(a.start_time) = 10) AS h10, SUM(HOUR(a.start_time) = 11) AS h11,
             SUM(HOUR(a.start_time) = 12) AS h12, SUM(HOUR(a.start_time) = 13) AS h13,
             SUM(HOUR(a.start_time) = 14) AS h14, SUM(HOUR(a.start_time) = 15) AS h15,
             SUM(HOUR(a.start_time) = 16) AS h16, SUM(HOUR(a.start_time) = 17) AS h17,
             SUM(HOUR(a.start_time) = 18) AS h18, SUM(HOUR(a.start_time) = 19) AS h19,
             SUM(HOUR(a.start_time) = 20) AS h20, SUM(HOUR(a.start_time) = 21) AS h21,
             SUM(HOUR(a.start_time) = 22) AS h22, SUM(HOUR(a.start_time) = 23) AS h23
      FROM appointments a WHERE a.status <> 'CANCELLED'
      GROUP BY a.appointment_date, a.status) x ON x.day = t.count_date AND x.status = t.status
SET t.h00 = x.h00, t.h01 = x.h01, t.h02 = x.h02, t.h03 = x.h03, t.h04 = x.h04, t.h05 = x.h05,
    t.h06 = x.h06, t.h07 = x.h07, t.h08 = x.h08, t.h09 = x.h09, t.h10 = x.h10, t.h11 = x.h11,
    t.h12 = x.h12, t.h13 = x.h13, t.h14 = x.h14, t.h15 = x.h15, t.h16 = x.h16, t.h17 = x.h17,
    t.h18 = x.h18, t.h19 = x.h19, t.h20 = x.h20, t.h21 = x.h21, t.h22 = x.h22, t.h23 = x.h23;

ALTER TABLE payment_daily_revenue DROP FOREIGN KEY fk_payment_daily_revenue_doctor;

INSERT INTO payment_daily_revenue (revenue_date, doctor_id, paid, pending, refunded)
SELECT revenue_date, 0, SUM(paid), SUM(pending), SUM(refunded) FROM payment_daily_revenue
WHERE doctor_id <> 0 GROUP BY revenue_date;

ALTER TABLE availability_daily_minutes DROP FOREIGN KEY fk_availability_daily_minutes_doctor;

INSERT INTO availability_daily_minutes (slot_date, doctor_id, published_seconds, booked_seconds)
SELECT slot_date, 0, SUM(published_seconds), SUM(booked_seconds) FROM availability_daily_minutes
WHERE doctor_id <> 0 GROUP BY slot_date;

-- Bookings by specialization still reads a row per day and doctor (it shows the specialization each doctor has now):
-- the three columns it sums in an index, so that it reads the range's index entries and not the 30-column rows.
CREATE INDEX ix_appointment_daily_counts_live
    ON appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows);

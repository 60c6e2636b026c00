-- The whole clinic's 30-day dashboard at 2,000 doctors (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 9). Two charts still summed a row per day and doctor (≈ 44,000 rows for 30 days): utilization per doctor and
-- bookings by specialization. Both get rows written by the statements that already write the daily rows, at commit,
-- so no statement is added to a booking, a reschedule or a cancellation.
--
-- * availability_daily_minutes: besides a row per day (span_days = 1), each doctor has a row per aligned block of
--   2, 4, 8, ..., 256 days (span_days; slot_date is the block's first day; blocks start on the days whose number of
--   days since 1970-01-01 is a multiple of the block's length). base.DailyDeltas adds a doctor's delta to the day's
--   row and to the eight blocks holding it, in the same multi-row upsert. Any range of days is a few blocks (≤ 2 of
--   each length; 30 days: 5-8), so a doctor's sum over the range reads a few rows, not a row per day. The whole
--   clinic's rows (doctor 0, V0020) stay per day only.
-- * appointment_daily_counts: besides a row per day and doctor, a row per day and specialization with the same
--   columns, the sum of the rows of the doctors who have that specialization now, keyed doctor_id = -1 - the
--   specialization's id (-1: doctors without one). Written with the doctor's row in one statement at commit; when an
--   admin changes a doctor's specialization, the doctor's history moves from the old specialization's rows to the new
--   one's in the same transaction. So these rows lose their foreign key to doctors (derived rows; rebuild() fills them).

ALTER TABLE availability_daily_minutes
    ADD COLUMN span_days SMALLINT NOT NULL DEFAULT 1,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (span_days, slot_date, doctor_id),
    DROP INDEX ix_availability_daily_minutes_doctor,
    ADD INDEX ix_availability_daily_minutes_doctor (doctor_id, span_days, slot_date);

-- Each level from the one below it (half the rows each time); the clinic's rows (doctor 0) have no blocks.
INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 2, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 2 * 2 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 1 AND doctor_id <> 0 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 4, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 4 * 4 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 2 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 8, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 8 * 8 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 4 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 16, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 16 * 16 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 8 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 32, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 32 * 32 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 16 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 64, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 64 * 64 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 32 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 128, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 128 * 128 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 64 GROUP BY block, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 256, DATE_ADD('1970-01-01', INTERVAL DATEDIFF(slot_date, '1970-01-01') DIV 256 * 256 DAY) AS block, doctor_id,
       SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes WHERE span_days = 128 GROUP BY block, doctor_id;

ALTER TABLE appointment_daily_counts DROP FOREIGN KEY fk_appointment_daily_counts_doctor;

INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17,
    h18, h19, h20, h21, h22, h23)
SELECT c.count_date, -1 - COALESCE(d.specialization_id, 0) AS spec_row, SUM(c.scheduled), SUM(c.completed),
       SUM(c.no_shows), SUM(c.cancelled_by_patient), SUM(c.cancelled_by_practice), SUM(c.h00), SUM(c.h01),
       SUM(c.h02), SUM(c.h03), SUM(c.h04), SUM(c.h05), SUM(c.h06), SUM(c.h07), SUM(c.h08), SUM(c.h09), SUM(c.h10),
       SUM(c.h11), SUM(c.h12), SUM(c.h13), SUM(c.h14), SUM(c.h15), SUM(c.h16), SUM(c.h17), SUM(c.h18), SUM(c.h19),
       SUM(c.h20), SUM(c.h21), SUM(c.h22), SUM(c.h23)
FROM appointment_daily_counts c JOIN doctors d ON d.doctor_id = c.doctor_id
WHERE c.doctor_id > 0
GROUP BY c.count_date, spec_row;

-- A large clinic network, round 6 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 6): the admins'
-- appointments grid at 1,000,000 rows counts and jumps without reading every row, and sorts by reason from an index.

-- Appointments per visit day and status, kept in step by every transaction that changes an appointment (the same
-- AppointmentSummaries.add/retract that keep V0013's appointment_daily_counts: a signed delta added with
-- INSERT ... ON DUPLICATE KEY UPDATE), so that a row's total is always COUNT(*) of its day and status. The grid's
-- count without a name filter is a sum of these few rows (a few hundred a year) instead of an index scan of every
-- appointment, and a page at offset N in the default, date or status order finds the day that holds the N-th row
-- from their running sum, then skips only within that day (AppointmentRowRepository). The status column has the
-- appointments' own type and collation, so both sort statuses alike.
CREATE TABLE appointment_day_totals (
    count_date DATE        NOT NULL,
    status     VARCHAR(50) NOT NULL,
    total      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (count_date, status),
    INDEX ix_appointment_day_totals_status (status, count_date, total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rows an upgraded database already holds (the same statement as AppointmentSummaries.rebuild).
INSERT INTO appointment_day_totals (count_date, status, total)
SELECT a.appointment_date, a.status, COUNT(*) FROM appointments a GROUP BY a.appointment_date, a.status;

-- The grid sorted by reason for the visit: reason_for_visit is a TEXT, which no index can hold whole, so the order
-- was a sort of every row. reason_sort is its first 700 characters (utf8mb4: 2,800 bytes, within InnoDB's 3,072-byte
-- key with the columns after it), in the table's collation, kept by the database itself; the order reads this
-- index. Reasons are at most 1,000 characters (BookingRules.reasonMaxLength): two reasons that agree in their first
-- 700 characters now tie and follow date, time and id (MariaDB's sort of the TEXT compared only its first
-- max_sort_length = 1,024 bytes of sort weights, about 512 characters, before this).
ALTER TABLE appointments
    ADD COLUMN reason_sort VARCHAR(700) AS (LEFT(reason_for_visit, 700)) STORED,
    ADD INDEX ix_appointment_grid_reason
        (reason_sort, appointment_date, start_time, appointment_id, status, doctor_id, patient_id);

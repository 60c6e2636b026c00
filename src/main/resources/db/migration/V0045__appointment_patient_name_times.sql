-- The admins' grid with a patient's name alone in the time order (start time, day, id; issue 18, docs/PERFORMANCE.md
-- "Large clinic network", round 20). Its jump grouped the name's ~50,000 index entries ('Klara' at 1,000,000) by time
-- and day in a temporary table, then read the spanned times' rows from the names' indexes, which hold the day before
-- the time: the name's whole range again (40-65 ms p95). Round 19 kept the rows per time (as V0044 per day) and
-- measured no gain: the page still read the whole range. So both:
--
-- 1. Two indexes with the start time right after the names (the time order's columns after it, then the columns every
--    filter tests, as V0038's): a name's rows of one start time are one tight range per copied name, in the order.
--    Built in 9.5 s at 1,000,000 appointments; a booking writes two entries more.
-- 2. Kept rows per name spelling, start time and status, as V0044's per day (appointment.PatientNameCounts; the same
--    writers: SummaryDeltas at commit, a rename, AppointmentSummaries.rebuild()): 'Klara' sums ~500 kept rows for its
--    groups by time instead of grouping its ~50,000 entries (21 ms along the indexes above).
ALTER TABLE appointments
    ADD INDEX ix_appointment_patient_first_time (patient_first_name, patient_last_name, start_time, appointment_date,
        appointment_id, status, doctor_id, patient_id),
    ADD INDEX ix_appointment_patient_last_time (patient_last_name, patient_first_name, start_time, appointment_date,
        appointment_id, status, doctor_id, patient_id);

CREATE TABLE appointment_patient_name_times (
    name_kind  TINYINT        NOT NULL, -- 0: the patient's first name, 1: the last name
    name       VARCHAR(100)   NOT NULL,
    spelling   VARBINARY(400) NOT NULL,
    start_time TIME           NOT NULL,
    status     VARCHAR(50)    NOT NULL,
    n          INT            NOT NULL,
    PRIMARY KEY (name_kind, name, spelling, start_time, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_name_times (name_kind, name, spelling, start_time, status, n)
SELECT 0, a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.start_time, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.start_time, a.status;

INSERT INTO appointment_patient_name_times (name_kind, name, spelling, start_time, status, n)
SELECT 1, a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.start_time, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.start_time, a.status;

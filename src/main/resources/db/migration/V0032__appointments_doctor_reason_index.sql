-- The admins' grid with a doctor's name (issue 18, docs/PERFORMANCE.md "Large clinic network", round 13, branch
-- r13-dname13): the named doctors' rows in the reason order were read with a look-up per row for the reason and
-- sorted whole (50,000 rows for 'Klara' at 1,000,000). This index holds each doctor's rows in reason order with the
-- columns the grid filters and orders on, so the rows per reason and per day of the named doctors, and the page
-- within a reason, are read from it alone (NamedDoctorReasonPages); the same entries serve the named doctors' rows
-- by time with a status and grouped by patient. A booking writes one entry more; a cancellation moves it (status).
-- Key length: 8 + 2,802 (reason_sort, utf8mb4) + 3 + 3 + 202 + 8 (+ the primary key's 8) stays within InnoDB's
-- 3,072 bytes, as ix_appointment_grid_reason does.
CREATE INDEX ix_appointment_doctor_reason
    ON appointments (doctor_id, reason_sort, appointment_date, start_time, status, patient_id);

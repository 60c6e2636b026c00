-- The admins' grid with a doctor's name and a status in the time order (issue 18, docs/PERFORMANCE.md "Round 22"):
-- the named doctors' rows were read whole along ix_appointment_doctor_reason (all ~50,000 entries of 'Klara''s 100
-- doctors at 1,000,000) and the status's ~11,000 sorted for every page: 36-43 ms median, p95 50-54. This index holds
-- each doctor's rows by status in start time order, so their rows per start time are counted from the status's
-- entries alone and the page is read from the spanned times' entries (appointment.NamedDoctorPages.byTimeWithStatus).
-- A booking writes one entry more; a cancellation or an outcome moves it (status). Key: 8 + 202 (status,
-- VARCHAR(50) utf8mb4) + 3 + 3 (+ the primary key's 8) bytes.
CREATE INDEX ix_appointment_doctor_status_time
    ON appointments (doctor_id, status, start_time, appointment_date);

-- The admins' grid with a doctor's name and a date range in the patient order (issue 18, docs/PERFORMANCE.md "Large
-- clinic network", round 29): the named doctors' rows per patient's name were counted along
-- ix_appointment_doctor_patient_name (doctor, names, ...), which holds a doctor's rows of every day: for 'Klara' (100
-- doctors) and the last 30 days it read all their 50,000 entries to keep 7,000 (27 ms by hand at 1,000,000). The
-- doctor's day index with the status and the patient's copied names (V0033, V0043) after its columns serves the range
-- itself, index only (8 ms). Widened rather than added: every appointment keeps the same number of index entries, and
-- every reader of (doctor, date, start time, id) reads the same order: the id, which the old index held implicitly
-- after the time, is written before the new columns (the name stays: statements force it by name).
ALTER TABLE appointments
    DROP INDEX ix_appointment_doctor_day,
    ADD INDEX ix_appointment_doctor_day (doctor_id, appointment_date, start_time, appointment_id, status,
        patient_last_name, patient_first_name, patient_user_id);

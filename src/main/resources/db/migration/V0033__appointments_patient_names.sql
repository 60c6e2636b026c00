-- The admins' grid with a patient's name (issue 18, docs/PERFORMANCE.md "Large clinic network", round 13, branch
-- r13-pname13): a name such as 'Klara' selects 10,000 patients, and resolving them and probing their rows one patient
-- at a time cost 100-200 ms a call. The patient's names copied onto the appointment make the named rows one range of
-- an index (a range on the first names, one on the last names: each typed word starts either), read index only for
-- the count and the grid's groups (date, time, status, doctor, patient). Written by every INSERT of an appointment and
-- rewritten when a patient is renamed (appointment.AppointmentPatientNames), in the same transaction. The users'
-- collation, so that a prefix LIKE matches here exactly as on users (case and accents).
ALTER TABLE appointments
    ADD COLUMN patient_first_name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '',
    ADD COLUMN patient_last_name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '';

UPDATE appointments a
    JOIN patients p ON p.patient_id = a.patient_id
    JOIN users u ON u.user_id = p.user_id
SET a.patient_first_name = u.first_name,
    a.patient_last_name = u.last_name;

ALTER TABLE appointments
    ADD INDEX ix_appointment_patient_first_name (patient_first_name, patient_last_name, appointment_date, start_time,
        status, doctor_id, patient_id),
    ADD INDEX ix_appointment_patient_last_name (patient_last_name, patient_first_name, appointment_date, start_time,
        status, doctor_id, patient_id);

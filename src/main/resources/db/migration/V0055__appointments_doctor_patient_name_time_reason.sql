-- The admins' grid with a doctor's and a patient's name together (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 35): their rows are read along ix_appointment_doctor_patient_name (round 23: 2,383 entries for the
-- doctors 'Klara' and the patients 'Koch' at 1,000,000, where the names' own indexes hold 35,552), but the reason and
-- time orders group and sort by the reason key and the start time, which that index did not hold: each row was looked
-- up (12 ms of the reason order's 30). With both at its end the same reads are index only. Widened rather than added:
-- every appointment keeps the same number of index entries, and every reader of its leading columns (V0043's, which
-- stay as they were) reads the same order. Key length: V0043's 1,033 bytes + 3 (time) + 35 (key) (+ the primary key's
-- 8), well within InnoDB's 3,072.
ALTER TABLE appointments
    DROP INDEX ix_appointment_doctor_patient_name,
    ADD INDEX ix_appointment_doctor_patient_name (doctor_id, patient_last_name, patient_first_name, patient_user_id,
        patient_id, status, appointment_date, start_time, reason_key);

-- The admins' grid with a doctor's name alone in the patient order (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 18). Since V0041 a page reads only the spanned group's patients along V0035's
-- ix_appointment_doctor_patient_name (~2,500-3,400 entries for the doctors 'Klara' at 1,000,000), but the order breaks
-- ties between equal names on the patient's user id, which the index did not hold: each entry looked its patient up
-- in patients (round 17: page requests 12,299 -> 30,200 while the entries read fell 53,315 -> 7,895). The patient's
-- user id never changes, so it is copied onto the appointment (every INSERT of an appointment takes it from the
-- patients row it already joins for the names; NOT NULL without a default, so a writer that forgets it fails) and the
-- index carries it after the names: the group's read is index only (appointment.NamedDoctorPatientPages).
ALTER TABLE appointments
    ADD COLUMN patient_user_id BIGINT NOT NULL DEFAULT 0;

UPDATE appointments a
    JOIN patients p ON p.patient_id = a.patient_id
SET a.patient_user_id = p.user_id;

ALTER TABLE appointments
    ALTER COLUMN patient_user_id DROP DEFAULT,
    DROP INDEX ix_appointment_doctor_patient_name,
    ADD INDEX ix_appointment_doctor_patient_name (doctor_id, patient_last_name, patient_first_name, patient_user_id,
        patient_id, status, appointment_date);

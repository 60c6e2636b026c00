-- The admins' grid with a doctor's name alone in the patient order (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 14, branch r14-dname14): the named doctors' rows (50,000 for 'Klara' at 1,000,000, 49,976
-- patients) were grouped per patient and each patient looked up in patients and users for the name, then sorted.
-- With the names copied onto the rows (V0033) this index holds each doctor's rows in the patient order's name key,
-- with the patient and what the grid filters on, so their rows per name and one name's patients are read from it
-- alone (NamedDoctorPatientPages). A booking writes one entry more; a cancellation moves it (status); a rename moves
-- the renamed patient's entries (V0033's rewrite, no new keeping). Key length: 8 + 402 + 402 + 8 + 202 + 3 (+ the
-- primary key's 8) bytes, well within InnoDB's 3,072.
CREATE INDEX ix_appointment_doctor_patient_name
    ON appointments (doctor_id, patient_last_name, patient_first_name, patient_id, status, appointment_date);

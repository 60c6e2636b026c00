-- The admins' grid with a patient's name in the reason order (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 16, branch r16-preason16). V0037's reason_key sits at the end of the names' two indexes, after the day, so a
-- name's rows per key came through a temporary table and a page in the middle of a key's 16,000 rows ('Klara' at
-- 1,000,000) read the name's whole range and sorted the key's rows. With the key right after the names, a name's rows
-- come in the reason order (key, day, time, id): grouped per key and day as the index is read, and a page within a
-- key's days is one tight range per name (NamedPatientReasonPages.pageByDay). The same columns as the names' indexes
-- (index only for every filter the grid has), appointment_id after the time so that ties follow the order.
ALTER TABLE appointments
    ADD INDEX ix_appointment_patient_first_reason (patient_first_name, patient_last_name, reason_key, appointment_date,
        start_time, appointment_id, status, doctor_id, patient_id),
    ADD INDEX ix_appointment_patient_last_reason (patient_last_name, patient_first_name, reason_key, appointment_date,
        start_time, appointment_id, status, doctor_id, patient_id);

-- The admins' grid with a patient's name in the reason order (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 15, branch r15-preason15): a name such as 'Klara' selects 50,000 rows at 1,000,000, and each row's reason_sort
-- was a key look-up and the 50,000 were sorted by a 700-character key (230 ms). reason_sort cannot join the names'
-- indexes (800 + 2,800 bytes > 3,072), so a short key that sorts as it does joins them instead.
--
-- reason_key: the first 32 bytes of the reason's collation weights (WEIGHT_STRING: 2 bytes a weight in
-- utf8mb4_unicode_ci, compared byte by byte in the collation's order), padded with the space's weight 0x0209 as the
-- PAD SPACE collation compares a shorter reason (trailing spaces trimmed first: they weigh nothing there), then one
-- byte: 1 when the weights are longer than 32 bytes (the key does not hold the whole reason), else 0. Its first 32
-- bytes never order two reasons against reason_sort's order; equal keys with the last byte 0 are equal reasons.
-- NULL for a missing reason (it sorts first, as reason_sort's NULL). Computed by the server on every write: no writer
-- changes. Carried at the end of the names' two indexes, so a name's rows are grouped by it from the index alone.
ALTER TABLE appointments
    ADD COLUMN reason_key VARBINARY(33) AS (CONCAT(
        LEFT(CONCAT(WEIGHT_STRING(RTRIM(reason_sort)), REPEAT(X'0209', 16)), 32),
        IF(LENGTH(WEIGHT_STRING(RTRIM(reason_sort))) > 32, X'01', X'00'))) STORED,
    DROP INDEX ix_appointment_patient_first_name,
    DROP INDEX ix_appointment_patient_last_name,
    ADD INDEX ix_appointment_patient_first_name (patient_first_name, patient_last_name, appointment_date, start_time,
        status, doctor_id, patient_id, reason_key),
    ADD INDEX ix_appointment_patient_last_name (patient_last_name, patient_first_name, appointment_date, start_time,
        status, doctor_id, patient_id, reason_key);

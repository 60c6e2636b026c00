-- The admins' grid with a patient's name: its count (issue 18, docs/PERFORMANCE.md "Large clinic network", round 16,
-- branch r16-bothnames16). The count reads the name's whole range ('Klara': 49,970 entries at 1,000,000) of V0033's
-- names' indexes, whose entries carry every column the grid's orders read (date, time, status, doctor, patient,
-- V0037's reason key: about 100 bytes each, 451 pages for 'Klara'). These narrow indexes hold the names and the day
-- only (about 30 bytes an entry, 84 pages): the count of a name, with or without a date range, reads them index only
-- in about half the time (ANALYZE on the large copy, load 5: 12.2 against 24.5 ms median). A booking writes two
-- entries more; a cancellation moves none (no status here); a rename moves the renamed patient's entries (V0033's
-- rewrite, no new keeping). Key length: 402 + 402 + 3 (+ the primary key's 8) bytes.
CREATE INDEX ix_appointment_patient_first_day
    ON appointments (patient_first_name, patient_last_name, appointment_date);
CREATE INDEX ix_appointment_patient_last_day
    ON appointments (patient_last_name, patient_first_name, appointment_date);

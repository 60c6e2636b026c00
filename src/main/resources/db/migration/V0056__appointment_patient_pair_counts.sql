-- The admins' grid with a patient's name of several words (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 36). 'Klara Braun' at 1,000,000 selects 7,138 rows of one pair of names (round 34: V0054's kept pairs find
-- it), and its deep pages grouped those rows per day (9.6 ms), per doctor (15.8 ms) and per reason key and day
-- (17.3 ms) along the names' indexes, where a name of one word sums its kept rows (V0044-V0046, V0053). The same kept
-- rows per spelled pair of names: kind 2, the first name's spelling in `spelling` and the last name's in the new
-- `last_spelling` (X'' for kinds 0 and 1). A name of several words sums the rows of the pairs that match it (V0054's
-- pairs tested against its words), each pair one range of the key. Written in the same one statement per set and
-- transaction as kinds 0 and 1 (appointment.PatientNameCounts): a booking writes one row more per set, no statement.
-- Key length: 1 + 400 + 400 + 400 + 33 + 3 + 200 bytes at most (the reasons'), within InnoDB's 3,072.
ALTER TABLE appointment_patient_name_days
    ADD COLUMN last_spelling VARBINARY(400) NOT NULL DEFAULT '' AFTER spelling,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (name_kind, name, spelling, last_spelling, count_date, status);

ALTER TABLE appointment_patient_name_doctors
    ADD COLUMN last_spelling VARBINARY(400) NOT NULL DEFAULT '' AFTER spelling,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (name_kind, name, spelling, last_spelling, doctor_id, status);

ALTER TABLE appointment_patient_name_times
    ADD COLUMN last_spelling VARBINARY(400) NOT NULL DEFAULT '' AFTER spelling,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (name_kind, name, spelling, last_spelling, start_time, status);

ALTER TABLE appointment_patient_name_reasons
    ADD COLUMN last_spelling VARBINARY(400) NOT NULL DEFAULT '' AFTER spelling,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (name_kind, name, spelling, last_spelling, reason_key, count_week, status);

INSERT INTO appointment_patient_name_days (name_kind, name, spelling, last_spelling, count_date, status, n)
SELECT 2, a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
       a.appointment_date, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
         a.appointment_date, a.status;

INSERT INTO appointment_patient_name_doctors (name_kind, name, spelling, last_spelling, doctor_id, status, n)
SELECT 2, a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
       a.doctor_id, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
         a.doctor_id, a.status;

INSERT INTO appointment_patient_name_times (name_kind, name, spelling, last_spelling, start_time, status, n)
SELECT 2, a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
       a.start_time, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
         a.start_time, a.status;

INSERT INTO appointment_patient_name_reasons (name_kind, name, spelling, last_spelling, reason_key, count_week,
                                              status, n)
SELECT 2, a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
       COALESCE(a.reason_key, X''), DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY), a.status,
       COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY),
         COALESCE(a.reason_key, X''), DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY),
         a.status;

-- The admins' grid with a patient's name alone in the reason order (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 32). V0046's kept rows per name and reason key find the key group that holds the page, but the page's
-- place in it was found by counting the group's rows per day, name by name along V0038's indexes: a whole key group,
-- ~16,600 entries for 'Klara' at 1,000,000 (three reasons), 19 ms of a 29 ms count + jump. The same rows kept per week
-- too (its Monday) find the week that holds the page; only that week's rows are then counted per day. One table in
-- place of V0046's (its sums per key are the weeks' sums), written by the same writers in the same one statement per
-- transaction (appointment.PatientNameCounts). Key length: 1 + 400 + 400 + 33 + 3 + 200 bytes.
DROP TABLE appointment_patient_name_reasons;

CREATE TABLE appointment_patient_name_reasons (
    name_kind  TINYINT        NOT NULL, -- 0: the patient's first name, 1: the last name
    name       VARCHAR(100)   NOT NULL,
    spelling   VARBINARY(400) NOT NULL,
    reason_key VARBINARY(33)  NOT NULL, -- V0046's: V0037's key, X'' for no reason
    count_week DATE           NOT NULL, -- the Monday of the appointment's week
    status     VARCHAR(50)    NOT NULL,
    n          INT            NOT NULL,
    PRIMARY KEY (name_kind, name, spelling, reason_key, count_week, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_name_reasons (name_kind, name, spelling, reason_key, count_week, status, n)
SELECT 0, a.patient_first_name, CAST(a.patient_first_name AS BINARY), COALESCE(a.reason_key, X''),
       DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY), a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), COALESCE(a.reason_key, X''),
         DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY), a.status;

INSERT INTO appointment_patient_name_reasons (name_kind, name, spelling, reason_key, count_week, status, n)
SELECT 1, a.patient_last_name, CAST(a.patient_last_name AS BINARY), COALESCE(a.reason_key, X''),
       DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY), a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_last_name, CAST(a.patient_last_name AS BINARY), COALESCE(a.reason_key, X''),
         DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY), a.status;

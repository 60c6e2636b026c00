-- The admins' grid with a patient's name alone in the date, today-first, status and doctor orders (issue 18,
-- docs/PERFORMANCE.md "Large clinic network", round 19). A jump there sums the name's rows per day until the offset:
-- 'Klara' grouped its ~50,000 index entries by day in a temporary table (22-24 ms at 1,000,000, of a 35-65 ms count +
-- jump). Kept rows per name, day and status instead: a first name ('Klara') and a last name each count the
-- appointments whose patient's copied name (V0033) is exactly that spelling, so 'Klara' reads 298 kept rows (its
-- days x statuses). A name alone matches "the first name starts with the word, or the last name does": the two kinds
-- summed, less the rows whose both names start with it, read from the appointments along the smaller of the two
-- names' indexes (appointment.PatientNameCounts). Spellings equal in the collation ('Müller', 'Muller') are separate
-- rows (`spelling` is the exact bytes): LIKE is applied to each spelling as it is on the appointments, so nothing
-- merges two names a pattern tells apart. Written with the other kept counts at commit (SummaryDeltas), moved with a
-- renamed patient, refilled by AppointmentSummaries.rebuild(). Key length: 1 + 400 + 400 + 3 + 200 bytes.
CREATE TABLE appointment_patient_name_days (
    name_kind  TINYINT        NOT NULL, -- 0: the patient's first name, 1: the last name
    name       VARCHAR(100)   NOT NULL,
    spelling   VARBINARY(400) NOT NULL,
    count_date DATE           NOT NULL,
    status     VARCHAR(50)    NOT NULL,
    n          INT            NOT NULL,
    PRIMARY KEY (name_kind, name, spelling, count_date, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_name_days (name_kind, name, spelling, count_date, status, n)
SELECT 0, a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.appointment_date, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.appointment_date, a.status;

INSERT INTO appointment_patient_name_days (name_kind, name, spelling, count_date, status, n)
SELECT 1, a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.appointment_date, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.appointment_date, a.status;

-- The same per doctor: the doctor order's jump sums the name's rows per doctor ('Klara': 2,300 kept rows, grouped from
-- its ~50,000 entries in a temporary table before). No days here: a name with days is grouped from the appointments.
CREATE TABLE appointment_patient_name_doctors (
    name_kind  TINYINT        NOT NULL,
    name       VARCHAR(100)   NOT NULL,
    spelling   VARBINARY(400) NOT NULL,
    doctor_id  BIGINT         NOT NULL,
    status     VARCHAR(50)    NOT NULL,
    n          INT            NOT NULL,
    PRIMARY KEY (name_kind, name, spelling, doctor_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_name_doctors (name_kind, name, spelling, doctor_id, status, n)
SELECT 0, a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.doctor_id, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), a.doctor_id, a.status;

INSERT INTO appointment_patient_name_doctors (name_kind, name, spelling, doctor_id, status, n)
SELECT 1, a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.doctor_id, a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_last_name, CAST(a.patient_last_name AS BINARY), a.doctor_id, a.status;

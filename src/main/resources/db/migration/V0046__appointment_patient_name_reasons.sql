-- The admins' grid with a patient's name alone in the reason order (reason, day, time, id; issue 18,
-- docs/PERFORMANCE.md "Large clinic network", round 20). Its jump grouped the name's ~50,000 entries ('Klara' at
-- 1,000,000) per V0037 reason key and day along V0038's indexes (the key right after the names): 20-27 ms of a 38-41 ms
-- median, p95 over 50 ms. Kept rows per name spelling, reason key and status instead, as V0044's per day
-- (appointment.PatientNameCounts; the same writers: SummaryDeltas at commit, a rename, AppointmentSummaries.rebuild()):
-- the name's groups per key are summed from its kept rows, and a page within whole keys is read name by name along
-- V0038's indexes, one tight range per copied name and key (appointment.NamedPatientReasonPages).
--
-- reason_key is V0037's key of the appointment's reason; X'' (never a key: those are 33 bytes) for a missing reason,
-- which a key column of the primary key cannot hold as NULL. The writers compute it from the reason with V0037's
-- expression; the backfill copies the appointments' own. Key length: 1 + 400 + 400 + 33 + 200 bytes.
CREATE TABLE appointment_patient_name_reasons (
    name_kind  TINYINT        NOT NULL, -- 0: the patient's first name, 1: the last name
    name       VARCHAR(100)   NOT NULL,
    spelling   VARBINARY(400) NOT NULL,
    reason_key VARBINARY(33)  NOT NULL,
    status     VARCHAR(50)    NOT NULL,
    n          INT            NOT NULL,
    PRIMARY KEY (name_kind, name, spelling, reason_key, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_name_reasons (name_kind, name, spelling, reason_key, status, n)
SELECT 0, a.patient_first_name, CAST(a.patient_first_name AS BINARY), COALESCE(a.reason_key, X''), a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_first_name, CAST(a.patient_first_name AS BINARY), COALESCE(a.reason_key, X''), a.status;

INSERT INTO appointment_patient_name_reasons (name_kind, name, spelling, reason_key, status, n)
SELECT 1, a.patient_last_name, CAST(a.patient_last_name AS BINARY), COALESCE(a.reason_key, X''), a.status, COUNT(*)
FROM appointments a
GROUP BY a.patient_last_name, CAST(a.patient_last_name AS BINARY), COALESCE(a.reason_key, X''), a.status;

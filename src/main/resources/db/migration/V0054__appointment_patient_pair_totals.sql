-- The admins' grid with a patient's name in the patient order (issue 18, docs/PERFORMANCE.md "Large clinic network",
-- round 33). A jump there finds the (last name, first name) group that holds the page by summing V0042's kept rows of
-- the name's patients by name: 'Klara' at 1,000,000 reads ~10,000 patients' entries for its 9 names, 8 of a 13 ms
-- count + jump. The same sums kept per spelled pair of names (the patients' rows added up) are read instead: one entry
-- per pair. A name of several words is counted from them too ('Klara Braun': one pair, not its ~1,400 patients).
-- Written with V0042's rows by the same writers, one statement more per transaction (appointment.PatientTotals).
-- Key length: 400 + 400 bytes (the spellings), the names' indexes 800 + 20 bytes more.
CREATE TABLE appointment_patient_pair_totals (
    patient_first_name VARCHAR(100)   NOT NULL,
    patient_last_name  VARCHAR(100)   NOT NULL,
    first_spelling     VARBINARY(400) NOT NULL,
    last_spelling      VARBINARY(400) NOT NULL,
    scheduled          INT            NOT NULL,
    completed          INT            NOT NULL,
    no_shows           INT            NOT NULL,
    cancelled          INT            NOT NULL,
    total              INT            NOT NULL,
    PRIMARY KEY (first_spelling, last_spelling),
    INDEX ix_pair_totals_first (patient_first_name, patient_last_name, total, scheduled, completed, no_shows,
        cancelled),
    INDEX ix_pair_totals_last (patient_last_name, patient_first_name, total, scheduled, completed, no_shows,
        cancelled)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO appointment_patient_pair_totals (patient_first_name, patient_last_name, first_spelling, last_spelling,
                                             scheduled, completed, no_shows, cancelled, total)
SELECT t.patient_first_name, t.patient_last_name, CAST(t.patient_first_name AS BINARY),
       CAST(t.patient_last_name AS BINARY), SUM(t.scheduled), SUM(t.completed), SUM(t.no_shows), SUM(t.cancelled),
       SUM(t.total)
FROM appointment_patient_totals t
GROUP BY t.patient_first_name, t.patient_last_name, CAST(t.patient_first_name AS BINARY),
         CAST(t.patient_last_name AS BINARY);

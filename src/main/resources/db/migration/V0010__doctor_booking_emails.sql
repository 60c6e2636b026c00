-- Issue 16: a doctor is e-mailed when a patient books, moves or cancels an appointment with them, unless they
-- switch it off (a per-doctor setting; on for everyone, existing doctors included).
ALTER TABLE doctors ADD COLUMN email_on_patient_changes BOOLEAN NOT NULL DEFAULT TRUE;

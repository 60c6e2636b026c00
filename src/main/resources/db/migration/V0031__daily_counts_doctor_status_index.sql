-- The admins' grid with a doctor's name (issue 18, docs/PERFORMANCE.md "Large clinic network", round 12, branch
-- r12-cidx12): the named doctors' kept rows per day with a status were read along (doctor_id, count_date) with a
-- look-up into the table per row (15,600 rows for 'Klara'). Carrying the five status columns makes those reads
-- index only. It replaces ix_appointment_daily_counts_doctor, whose readers (and reads by doctor) it serves, so the
-- table keeps two secondary indexes; a booking's upserts change the status columns and so move their entries.
ALTER TABLE appointment_daily_counts
    DROP INDEX ix_appointment_daily_counts_doctor,
    ADD INDEX ix_appointment_daily_counts_doctor_status (doctor_id, count_date, scheduled, completed, no_shows,
        cancelled_by_patient, cancelled_by_practice);

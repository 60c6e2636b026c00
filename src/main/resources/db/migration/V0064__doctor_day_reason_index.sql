-- A large clinic network, round 51 (issue 18, docs/PERFORMANCE.md "Round 51"): the admins' grid with a doctor's name
-- and a date range in the reason order listed the named doctors' reasons by a loose scan of V0032's reason index (an
-- entry per doctor and reason), counted the range's rows with each reason an equality there (a range per doctor and
-- reason: 500 for 'Klara''s 100 doctors) and then the days of the reason holding the offset: three statements. This
-- index holds each doctor's rows by day, then V0037's short reason key (which sorts as the reason), start time and
-- status: one statement counts the range's rows per key and day (a range per doctor), and a page within one key's days
-- is read along it (appointment.NamedDoctorReasonDays).
-- A booking writes one entry more; a reschedule moves it. Key: 8 + 3 + 36 + 3 + 202 (+ the primary key's 8) bytes.
CREATE INDEX ix_appointment_doctor_day_reason
    ON appointments (doctor_id, appointment_date, reason_key, start_time, status);

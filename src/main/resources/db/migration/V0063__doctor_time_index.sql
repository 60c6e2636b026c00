-- A large clinic network, round 50 (issue 18, docs/PERFORMANCE.md "Round 50"): the admins' grid with a doctor's name
-- in the time order without a status read its page along V0048's index by doctor, status and time, naming every
-- status: 400 ranges for 'Klara''s 100 doctors. With a date range and no status it read the page along the doctors'
-- day index, every entry of the range (7,000 for 30 days), to keep one start time's. This index holds each doctor's
-- rows by start time, then date (then id, the primary key): one range per doctor for a time, bounded by the range's
-- days when there are any (appointment.NamedDoctorPages.byTime).
-- A booking writes one entry more; a reschedule moves it. Key: 8 + 3 + 3 (+ the primary key's 8) bytes.
CREATE INDEX ix_appointment_doctor_time
    ON appointments (doctor_id, start_time, appointment_date);

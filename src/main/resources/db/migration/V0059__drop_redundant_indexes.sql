-- A large clinic network, round 45 (issue 18, docs/PERFORMANCE.md "Round 45"): indexes that no statement needs any
-- more. Every index is written by each booking, cancellation, reschedule or rename that touches its columns, and
-- takes room in the buffer pool. Each of these five is the leading part of a wider index of its table, which serves
-- every range it served. On the large set (1,000,000 appointments, 5,000,000 slots) they held 310 MB. Over a run of
-- every screen of the benchmark, only the benchmark's own statements read them (its row counts, and the shapes of
-- earlier rounds it keeps for comparison).
--
-- ix_appointment_status_day (status, day) is the start of V0014's ix_appointment_grid_status (status, day, time, id,
-- doctor, patient). A booking or a cancellation wrote an entry in both.
-- ix_appointment_patient_first_day / _last_day (names, day) are the start of V0037's names' indexes. V0040 made them
-- for the count of a patient's name alone, which since round 23 (V0045) and round 32 (V0044) comes from kept rows; the
-- code that still named them was reached by no filter (round 45 removes it).
ALTER TABLE appointments
    DROP INDEX ix_appointment_status_day,
    DROP INDEX ix_appointment_patient_first_day,
    DROP INDEX ix_appointment_patient_last_day;

-- ix_availability_free (booked, day, time) is the start of V0018's ix_availability_free_time (booked, day, time,
-- doctor, end), which the directory names. Every booking and every cancellation moved the slot's entry in both.
ALTER TABLE doctor_availability
    DROP INDEX ix_availability_free;

-- ix_users_role_active (role, active) is the start of V0021's ix_users_directory (role, active, directory name).
ALTER TABLE users
    DROP INDEX ix_users_role_active;

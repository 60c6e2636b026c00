-- A large clinic network, round 5 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 5): the directory
-- sorted by next free time reads the free slots of a short window after the earliest bookable time, of every doctor
-- at once, in time order (DoctorDirectoryRepository.findInWindow), instead of one look-up along
-- ix_availability_doctor_free (V0014) for each of the doctors offered. This index is that window: free or booked,
-- then date and start time, with the doctor and the end time for the grouping and the time-off check.
CREATE INDEX ix_availability_free_time
    ON doctor_availability (is_booked, available_date, start_time, doctor_id, end_time);

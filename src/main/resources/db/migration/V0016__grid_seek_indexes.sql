-- A large clinic network, round 4 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 4): the admins'
-- appointments grid scrolls on by a seek from the previous page's last row (AppointmentRowRepository.findAfter)
-- instead of skipping every row before the page. Each order it seeks in needs an index in that order: date, status
-- and the default order have theirs (V0014); this is the one sorted by time of day (time, then date, then id). It
-- carries the columns the grid filters on, as V0014's do, so a filtered page is read from the index alone.
CREATE INDEX ix_appointment_grid_time
    ON appointments (start_time, appointment_date, appointment_id, status, doctor_id, patient_id);

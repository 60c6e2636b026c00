-- A large clinic network (issue 18, docs/PERFORMANCE.md "Large clinic network"): 1,000,000 appointments.

-- The admins' appointments grid reads a page's ids first (AppointmentRowRepository.find), ordered by date, time and
-- id, and skips to deep pages along an index instead of sorting every joined row. The ascending index serves the
-- date order both ways (read backwards for newest first) and "today" and "upcoming" of the default order; the
-- mixed one serves its "past" part (latest first, equal times by id). Both carry the columns the grid filters on
-- (status, doctor, patient), so a filtered page is still read from the index alone.
CREATE INDEX ix_appointment_grid_date
    ON appointments (appointment_date, start_time, appointment_id, status, doctor_id, patient_id);

CREATE INDEX ix_appointment_grid_past
    ON appointments (appointment_date DESC, start_time DESC, appointment_id, status, doctor_id, patient_id);

-- The grid sorted by status: one status after the other, each by date, time and id.
CREATE INDEX ix_appointment_grid_status
    ON appointments (status, appointment_date, start_time, appointment_id, doctor_id, patient_id);

-- The directory's "next free time" of every doctor (DoctorDirectoryRepository): a doctor's free slots in time
-- order, so the first bookable one is found after a few index entries instead of reading every slot (and its row,
-- for is_booked) of the eight-week window.
CREATE INDEX ix_availability_doctor_free
    ON doctor_availability (doctor_id, is_booked, available_date, start_time);

-- The admin dashboard reads a date range of the whole clinic: indexes that start with the date and carry the
-- columns its aggregates read, so each figure is a range scan of one index (no table rows, no full scan).
CREATE INDEX ix_appointment_day_cover
    ON appointments (appointment_date, status, doctor_id, patient_id, start_time, end_time, cancelled_by);

CREATE INDEX ix_availability_day_cover
    ON doctor_availability (available_date, doctor_id, is_booked, start_time, end_time);

-- Revenue joins each appointment of the range to its payment: read status and amount from the index alone.
CREATE INDEX ix_payment_appointment_cover ON payments (appointment_id, payment_status, amount);

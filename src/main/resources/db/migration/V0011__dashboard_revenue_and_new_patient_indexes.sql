-- The dashboard at 1,000,000 appointments (docs/PERFORMANCE.md).
-- Revenue sums paid_amount and refunded_amount as well as amount: V0005's payment index lacked them, so every
-- payment of the range was read a second time from the table. This one carries every column revenue reads.
CREATE INDEX ix_payment_revenue_cover
    ON payments (appointment_id, payment_status, amount, paid_amount, refunded_amount);

DROP INDEX ix_payment_appointment_cover ON payments;

-- New patients asks, per patient of the range, whether an earlier appointment (not cancelled, with the filtered
-- doctors) exists: answered from this index alone, without reading each appointment's row for its status.
CREATE INDEX ix_appointment_patient_history
    ON appointments (patient_id, appointment_date, status, doctor_id);

-- Existing unpaid fees of cancelled and no-show appointments (shown as "Not due" until now) become NOT_DUE, each
-- with its history row; the appointment's last change stands in for the time, its canceller for who.
INSERT INTO payment_history (payment_id, changed_at, changed_by, old_status, new_status, note)
SELECT p.payment_id, a.updated_at, a.cancelled_by, p.payment_status, 'NOT_DUE',
       CASE a.status WHEN 'CANCELLED' THEN 'Appointment cancelled: nothing is owed (V0003)'
                     ELSE 'No-show: nothing is owed (V0003)' END
FROM payments p JOIN appointments a ON a.appointment_id = p.appointment_id
WHERE a.status IN ('CANCELLED', 'NO_SHOW') AND p.payment_status IN ('PENDING', 'FAILED');

UPDATE payments p JOIN appointments a ON a.appointment_id = p.appointment_id
SET p.payment_status = 'NOT_DUE'
WHERE a.status IN ('CANCELLED', 'NO_SHOW') AND p.payment_status IN ('PENDING', 'FAILED');

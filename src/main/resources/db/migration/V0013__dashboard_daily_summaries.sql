-- Daily summaries for the admin dashboard at 1,000,000 appointments (issue 10, docs/PERFORMANCE.md "Third round").
-- Each is kept in step by the transactions that change its source rows: appointment_* by the appointment feature
-- (booking, reschedule, cancel, outcome), payment_daily_revenue by the payment feature (opening, paying, declined
-- card, settling, refunding, and the appointment's cancel and reschedule it follows). Counts are added as signed
-- deltas with INSERT ... ON DUPLICATE KEY UPDATE, so concurrent changes of one day add up. The dashboard reads
-- these instead of aggregating the appointments and payments of its range. The statements below also fill them
-- from the rows an upgraded database already holds; docs/PERFORMANCE.md shows how to check or rebuild them.

-- Appointments per visit day and doctor, by status; the hour columns count the appointments not cancelled by the
-- hour they start (the busiest hours chart). A row's booked total is the sum of the five status columns.
CREATE TABLE appointment_daily_counts (
    count_date            DATE   NOT NULL,
    doctor_id             BIGINT NOT NULL,
    scheduled             INT    NOT NULL DEFAULT 0,
    completed             INT    NOT NULL DEFAULT 0,
    no_shows              INT    NOT NULL DEFAULT 0,
    cancelled_by_patient  INT    NOT NULL DEFAULT 0,
    cancelled_by_practice INT    NOT NULL DEFAULT 0,
    h00                  INT    NOT NULL DEFAULT 0,
    h01                  INT    NOT NULL DEFAULT 0,
    h02                  INT    NOT NULL DEFAULT 0,
    h03                  INT    NOT NULL DEFAULT 0,
    h04                  INT    NOT NULL DEFAULT 0,
    h05                  INT    NOT NULL DEFAULT 0,
    h06                  INT    NOT NULL DEFAULT 0,
    h07                  INT    NOT NULL DEFAULT 0,
    h08                  INT    NOT NULL DEFAULT 0,
    h09                  INT    NOT NULL DEFAULT 0,
    h10                  INT    NOT NULL DEFAULT 0,
    h11                  INT    NOT NULL DEFAULT 0,
    h12                  INT    NOT NULL DEFAULT 0,
    h13                  INT    NOT NULL DEFAULT 0,
    h14                  INT    NOT NULL DEFAULT 0,
    h15                  INT    NOT NULL DEFAULT 0,
    h16                  INT    NOT NULL DEFAULT 0,
    h17                  INT    NOT NULL DEFAULT 0,
    h18                  INT    NOT NULL DEFAULT 0,
    h19                  INT    NOT NULL DEFAULT 0,
    h20                  INT    NOT NULL DEFAULT 0,
    h21                  INT    NOT NULL DEFAULT 0,
    h22                  INT    NOT NULL DEFAULT 0,
    h23                  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (count_date, doctor_id),
    INDEX ix_appointment_daily_counts_doctor (doctor_id, count_date),
    CONSTRAINT fk_appointment_daily_counts_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each patient's first visit: the date of their earliest appointment that is not cancelled, over all doctors
-- (new patients of the whole clinic) and per doctor (of one doctor or a specialization). No row while there is
-- none. Recomputed for the patient, under the patient's lock, whenever one of their appointments moves or ends.
CREATE TABLE appointment_first_visits (
    patient_id BIGINT NOT NULL PRIMARY KEY,
    first_date DATE   NOT NULL,
    INDEX ix_appointment_first_visits_date (first_date),
    CONSTRAINT fk_appointment_first_visits_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment_doctor_first_visits (
    patient_id BIGINT NOT NULL,
    doctor_id  BIGINT NOT NULL,
    first_date DATE   NOT NULL,
    PRIMARY KEY (patient_id, doctor_id),
    INDEX ix_appointment_doctor_first_visits_doctor (doctor_id, first_date),
    CONSTRAINT fk_appointment_doctor_first_visits_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
    CONSTRAINT fk_appointment_doctor_first_visits_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Revenue per visit day (the appointment's date, as the dashboard has always counted it) and doctor: paid is the
-- money taken (also where part or all of it went back later), pending the fees still owed (PENDING or FAILED, of
-- appointments not cancelled), refunded the money given back.
CREATE TABLE payment_daily_revenue (
    revenue_date DATE          NOT NULL,
    doctor_id    BIGINT        NOT NULL,
    paid         DECIMAL(14,2) NOT NULL DEFAULT 0,
    pending      DECIMAL(14,2) NOT NULL DEFAULT 0,
    refunded     DECIMAL(14,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (revenue_date, doctor_id),
    INDEX ix_payment_daily_revenue_doctor (doctor_id, revenue_date),
    CONSTRAINT fk_payment_daily_revenue_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rows an upgraded database already holds (the same statements as AppointmentSummaries.rebuild and
-- PaymentSummaries.rebuild).
INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient,
    cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT a.appointment_date, a.doctor_id,
       SUM(a.status = 'SCHEDULED'),
       SUM(a.status = 'COMPLETED'),
       SUM(a.status = 'NO_SHOW'),
       SUM(a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id),
       SUM(a.status = 'CANCELLED' AND NOT (a.cancelled_by <=> p.user_id)),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 0),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 1),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 2),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 3),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 4),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 5),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 6),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 7),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 8),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 9),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 10),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 11),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 12),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 13),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 14),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 15),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 16),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 17),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 18),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 19),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 20),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 21),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 22),
       SUM(a.status <> 'CANCELLED' AND HOUR(a.start_time) = 23)
FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
GROUP BY a.appointment_date, a.doctor_id;

INSERT INTO appointment_first_visits (patient_id, first_date)
SELECT a.patient_id, MIN(a.appointment_date) FROM appointments a WHERE a.status <> 'CANCELLED' GROUP BY a.patient_id;

INSERT INTO appointment_doctor_first_visits (patient_id, doctor_id, first_date)
SELECT a.patient_id, a.doctor_id, MIN(a.appointment_date) FROM appointments a WHERE a.status <> 'CANCELLED'
GROUP BY a.patient_id, a.doctor_id;

INSERT INTO payment_daily_revenue (revenue_date, doctor_id, paid, pending, refunded)
SELECT a.appointment_date, a.doctor_id,
       COALESCE(SUM(CASE WHEN pay.payment_status IN ('PAID', 'REFUNDED') THEN COALESCE(pay.paid_amount, pay.amount) END), 0),
       COALESCE(SUM(CASE WHEN pay.payment_status IN ('PENDING', 'FAILED') AND a.status <> 'CANCELLED' THEN pay.amount END), 0),
       COALESCE(SUM(pay.refunded_amount), 0)
FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id
GROUP BY a.appointment_date, a.doctor_id;

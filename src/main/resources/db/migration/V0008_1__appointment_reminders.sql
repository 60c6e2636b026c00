-- Issue 13: e-mail reminders before appointments, switchable per patient (on unless they switch them off).
ALTER TABLE patients
    ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- One row per reminder sent: inserted in the same transaction as its outbox e-mail, under a unique key on the
-- appointment, the kind (how long before, e.g. PT24H) and the start it was for. Two nodes, or a node restarted in
-- the middle of a run, can therefore never send one twice; a reschedule moves the start, so the new time gets new
-- reminders.
CREATE TABLE appointment_reminders (
    reminder_id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    appointment_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    starts_at      DATETIME     NOT NULL,                      -- the appointment's start (clinic wall clock)
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    CONSTRAINT uk_appointment_reminder UNIQUE (appointment_id, kind, starts_at),
    CONSTRAINT fk_reminder_appointment FOREIGN KEY (appointment_id) REFERENCES appointments (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

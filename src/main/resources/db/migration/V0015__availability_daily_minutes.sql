-- The slots' daily summary for the admin dashboard's utilization at 1,000,000 appointments (issue 10,
-- docs/PERFORMANCE.md "Fourth round"). Owned by the availability feature, which keeps it in step in the same
-- transactions that change doctor_availability: slots generated from weekly hours, one-off slots added, slots moved,
-- resized or deleted (also by time off), and slots taken or given back by bookings (SlotReservations). Each change
-- adds a signed delta with INSERT ... ON DUPLICATE KEY UPDATE, so concurrent changes of one day add up.
--
-- Per slot day and doctor: the seconds of all the slots (published) and of the booked ones (booked), each slot's
-- length as the dashboard has always measured it (a slot ending at 00:00 runs until midnight). Seconds, not minutes,
-- so that SUM(...) DIV 60 over a range gives exactly the minutes the dashboard computed from the slots. A row may
-- fall to zero when its slots go; readers skip those.
CREATE TABLE availability_daily_minutes (
    slot_date         DATE   NOT NULL,
    doctor_id         BIGINT NOT NULL,
    published_seconds BIGINT NOT NULL DEFAULT 0,
    booked_seconds    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (slot_date, doctor_id),
    INDEX ix_availability_daily_minutes_doctor (doctor_id, slot_date),
    CONSTRAINT fk_availability_daily_minutes_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The slots an upgraded database already holds (the same statement as SlotSummaries.rebuild).
INSERT INTO availability_daily_minutes (slot_date, doctor_id, published_seconds, booked_seconds)
SELECT s.available_date, s.doctor_id,
       SUM(TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),
                         TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time))),
       SUM(CASE WHEN s.is_booked THEN TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time),
                         TIMESTAMP(s.available_date + INTERVAL (s.end_time = '00:00:00') DAY, s.end_time)) ELSE 0 END)
FROM doctor_availability s
GROUP BY s.available_date, s.doctor_id;

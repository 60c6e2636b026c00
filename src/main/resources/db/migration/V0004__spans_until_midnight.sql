-- A slot, an appointment or weekly hours may run until midnight: 23:30–00:00 keeps its day and stores its end as
-- 00:00, read as the midnight that ends the day (app.praxis.base.DaySpan). V0001's checks refused that end; these
-- allow it and still refuse any other end at or before the start (and a whole-day 00:00–00:00 span).
ALTER TABLE weekly_schedules DROP CONSTRAINT ck_schedule_times;
ALTER TABLE weekly_schedules ADD CONSTRAINT ck_schedule_times
    CHECK (end_time > start_time OR (end_time = '00:00:00' AND start_time > '00:00:00'));

ALTER TABLE doctor_availability DROP CONSTRAINT ck_availability_times;
ALTER TABLE doctor_availability ADD CONSTRAINT ck_availability_times
    CHECK (end_time > start_time OR (end_time = '00:00:00' AND start_time > '00:00:00'));

ALTER TABLE appointments DROP CONSTRAINT ck_appointment_times;
ALTER TABLE appointments ADD CONSTRAINT ck_appointment_times
    CHECK (end_time > start_time OR (end_time = '00:00:00' AND start_time > '00:00:00'));

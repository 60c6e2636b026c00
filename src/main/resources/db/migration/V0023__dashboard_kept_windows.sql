-- The whole clinic's utilization per doctor in one row per doctor for the dashboard's ready-made ranges (issue 18,
-- docs/PERFORMANCE.md "Large clinic network", round 10). Round 9 read each doctor's sum over a range from the
-- aligned blocks of V0022 (4-8 rows per doctor for 30 days: 8,000 index entries at 2,000 doctors). The ranges the
-- dashboard offers are "last 30 days" (every day a different one), "this week" (Monday to Sunday) and "this month"
-- (the calendar month, the default): availability_daily_minutes keeps, besides the days and the blocks, a row per
-- doctor for each of them, with the same meaning as a block's row (the sum of span_days days from slot_date):
--
-- * span_days = 30 from every day: the 30-day window starting that day (a day's delta goes to the 30 windows
--   holding it);
-- * span_days = 7 from each Monday: the week;
-- * span_days = 28, 29 or 31 from each first of a month: the calendar month (a month of 30 days is the 30-day
--   window from its first day, the same row).
--
-- None of them depends on today, so no nightly roll is needed: base.DailyDeltas adds a doctor's delta to these rows
-- in the same multi-row upsert at commit as the day's row and its blocks (no statement more per booking, reschedule,
-- cancellation or slot change), and they are exact for every day, past or future. The statements below are
-- availability.SlotSummaries.WINDOWS_FROM_DAYS (its rebuild() runs them too).

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 30, DATE_SUB(m.slot_date, INTERVAL k.back DAY) AS first_day, m.doctor_id, SUM(m.published_seconds),
       SUM(m.booked_seconds)
FROM availability_daily_minutes m
JOIN (SELECT t.d * 10 + u.d AS back
      FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2) t
      JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) u) k
WHERE m.span_days = 1 AND m.doctor_id <> 0
GROUP BY first_day, m.doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT 7, DATE_SUB(slot_date, INTERVAL WEEKDAY(slot_date) DAY) AS monday, doctor_id, SUM(published_seconds),
       SUM(booked_seconds)
FROM availability_daily_minutes
WHERE span_days = 1 AND doctor_id <> 0
GROUP BY monday, doctor_id;

INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds, booked_seconds)
SELECT DAY(LAST_DAY(slot_date)) AS days, DATE_SUB(slot_date, INTERVAL DAY(slot_date) - 1 DAY) AS first_day,
       doctor_id, SUM(published_seconds), SUM(booked_seconds)
FROM availability_daily_minutes
WHERE span_days = 1 AND doctor_id <> 0 AND DAY(LAST_DAY(slot_date)) <> 30
GROUP BY days, first_day, doctor_id;

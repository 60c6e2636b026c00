-- The booking's commit without the 30-day windows nobody reads yet (issue 18, docs/PERFORMANCE.md "Round trips",
-- round 12). V0023 kept a 30-day window per doctor from every day, so a change of a day wrote the 30 windows holding
-- it: 30 of the 42 rows per day a booking touched, for windows that end in the future and that the dashboard ("last
-- 30 days", ending today) reads only once they end today. Since this version such a window is written when it ends
-- today (availability.RollingWindows, every night and at start-up; safe on several nodes) and listed here; a change
-- adds to the listed windows only. The weeks and the calendar months (a month of 30 days too: span 30 from its first)
-- stay kept for every day. The dashboard reads a range whose window is not listed from the aligned blocks.
CREATE TABLE availability_rolled_windows (
    first_day DATE NOT NULL,
    PRIMARY KEY (first_day)
) ENGINE = InnoDB;

-- the windows that ended by the database's yesterday are kept already: listed (its day may be ahead of the clinic's;
-- the roll at start-up lists the window ending the clinic's today)
INSERT INTO availability_rolled_windows (first_day)
SELECT DISTINCT slot_date FROM availability_daily_minutes
WHERE span_days = 30 AND slot_date <= CURDATE() - INTERVAL 30 DAY
  AND NOT (DAY(slot_date) = 1 AND DAY(LAST_DAY(slot_date)) = 30);

-- the others go (written again when they end)
DELETE FROM availability_daily_minutes
WHERE span_days = 30 AND slot_date > CURDATE() - INTERVAL 30 DAY
  AND NOT (DAY(slot_date) = 1 AND DAY(LAST_DAY(slot_date)) = 30);

-- The whole clinic's utilization per doctor without reading every doctor's row (issue 18, docs/PERFORMANCE.md
-- "Large clinic network", round 11). Round 10 ranked the doctors by reading each doctor's kept window (V0023: 2,000
-- rows at 2,000 doctors, grouped and ranked twice) to name the 10 busiest and the 10 least busy.
--
-- booked_share is the share of a kept window's published minutes that is booked, (booked minutes) / (published
-- minutes) as a double, exactly as the chart's ranking computes it; NULL on the days, the clinic's rows, the aligned
-- blocks and a window with no published minute. The index puts each window's doctors in that order, so the busiest
-- are read from its end and the least busy from its start: 10 entries each way whatever the number of doctors.
-- A stored generated column: every writer (DailyDeltas' upsert, the JDBC booking, rebuild(), the migrations'
-- backfills) keeps it without a statement or a row more; only the kept windows' index entries move with a change.
ALTER TABLE availability_daily_minutes
    ADD COLUMN booked_share DOUBLE GENERATED ALWAYS AS (
        CASE WHEN span_days IN (7, 28, 29, 30, 31) AND published_seconds >= 60
             THEN (booked_seconds DIV 60 + 0e0) / (published_seconds DIV 60) END) STORED,
    ADD INDEX ix_availability_daily_minutes_share (span_days, slot_date, booked_share, doctor_id);

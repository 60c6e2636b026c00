-- A large clinic network, round 47 (issue 18, docs/PERFORMANCE.md "Round 47"): the admins' grid with a doctor's name
-- in the time order summed the named doctors' own kept rows per start time (V0049) on every page: 'Klara' names 100
-- of 2,000 doctors, so 1,600 rows in 100 ranges. V0057's kept rows per spelling of a doctor's name now cover the
-- start times too: every doctor's rows per start time (keyed 3 * 10^12 + the doctor's id, on the days 1000-01-02 +
-- the time's second) are added to the rows of their first name's spelling and of their last name's, on the same days,
-- keyed 5 * 10^12 + the spelling's id (as their rows of visit days and months are). A word typed then sums the rows of
-- the spellings it starts, less the rows of the doctors whose both names it starts: 'Klara' reads one spelling's 16.
--
-- Written by the commit's one INSERT of count rows with the doctor's own rows (appointment.SummaryDeltas), moved with
-- a renamed doctor (appointment.DoctorNameRows), written again by rebuild(). Every spelling's row is on a day of its
-- kind's range, so no reader of visit days or months (both read with their days' range) meets these.
INSERT INTO appointment_daily_counts (count_date, doctor_id,
    scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07,
    h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT r.count_date, 5000000000000 + s.spelling_id AS name_row,
    SUM(r.scheduled), SUM(r.completed), SUM(r.no_shows), SUM(r.cancelled_by_patient), SUM(r.cancelled_by_practice),
    SUM(r.h00), SUM(r.h01), SUM(r.h02), SUM(r.h03), SUM(r.h04), SUM(r.h05), SUM(r.h06), SUM(r.h07), SUM(r.h08),
    SUM(r.h09), SUM(r.h10), SUM(r.h11), SUM(r.h12), SUM(r.h13), SUM(r.h14), SUM(r.h15), SUM(r.h16), SUM(r.h17),
    SUM(r.h18), SUM(r.h19), SUM(r.h20), SUM(r.h21), SUM(r.h22), SUM(r.h23)
FROM (SELECT c.count_date, c.doctor_id - 3000000000000 AS doctor,
        c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice, c.h00, c.h01, c.h02,
        c.h03, c.h04, c.h05, c.h06, c.h07, c.h08, c.h09, c.h10, c.h11, c.h12, c.h13, c.h14, c.h15, c.h16, c.h17, c.h18,
        c.h19, c.h20, c.h21, c.h22, c.h23
      FROM appointment_daily_counts c
      WHERE c.count_date BETWEEN DATE '1000-01-02' AND DATE '1000-01-02' + INTERVAL 86399 DAY
        AND c.doctor_id > 3000000000000 AND c.doctor_id < 4000000000000) r
JOIN doctors d ON d.doctor_id = r.doctor
JOIN users u ON u.user_id = d.user_id
JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
GROUP BY r.count_date, name_row;

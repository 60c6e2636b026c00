-- A large clinic network, round 44 (issue 18, docs/PERFORMANCE.md "Round 44"): V0057's kept rows per spelling of a
-- doctor's name, also of each start time (V0049's days) and of all time (V0024's sentinel day): the time order with
-- a doctor's name summed the named doctors' rows per start time ('Klara': 100 doctors, 1,600 rows), and the count and
-- the status order without days their 100 all-time rows. A spelling's rows share its key (5 * 10^12 + its id) on
-- every kind of day: visit days, months (V0050), start times and the sentinel, which the readers name.
-- Written as V0057's (appointment.SummaryDeltas, appointment.DoctorNameRows for a rename, rebuild()).

-- the names of doctors added since V0057 and not yet counted (none but doctors written in plain SQL)
INSERT IGNORE INTO doctor_name_spellings (spelling, name)
SELECT CAST(n.name AS BINARY), n.name
FROM (SELECT u.first_name AS name FROM doctors d JOIN users u ON u.user_id = d.user_id
      UNION ALL
      SELECT u.last_name FROM doctors d JOIN users u ON u.user_id = d.user_id) n
ORDER BY 1;

-- each doctor's rows of a start time (V0049) and of all time (V0024) added to both names' spellings'
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
      WHERE c.doctor_id > 3000000000000 AND c.doctor_id < 3900000000000
        AND c.count_date BETWEEN DATE '1000-01-02' AND DATE '1000-01-02' + INTERVAL 86399 DAY
      UNION ALL
      SELECT c.count_date, c.doctor_id - 1000000000000,
        c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice, c.h00, c.h01, c.h02,
        c.h03, c.h04, c.h05, c.h06, c.h07, c.h08, c.h09, c.h10, c.h11, c.h12, c.h13, c.h14, c.h15, c.h16, c.h17, c.h18,
        c.h19, c.h20, c.h21, c.h22, c.h23
      FROM appointment_daily_counts c
      WHERE c.doctor_id > 1000000000000 AND c.doctor_id < 1900000000000 AND c.count_date = DATE '1000-01-01') r
JOIN doctors d ON d.doctor_id = r.doctor
JOIN users u ON u.user_id = d.user_id
JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
GROUP BY r.count_date, name_row;

-- A large clinic network, round 44 (issue 18, docs/PERFORMANCE.md "Round 44"): the admins' grid with a doctor's name
-- counted and walked the named doctors' own kept rows per day (and month): 'Klara' names 100 of 2,000 doctors, so
-- its last 30 days were 2,200 rows read in 100 ranges, twice a page (the count, then the days that hold the page).
-- Kept rows per spelling of a doctor's name instead: every doctor's rows are added to the rows of their first name's
-- spelling and to those of their last name's, on the same days (visit days, and V0050's month days), keyed
-- 5 * 10^12 + the spelling's id (never a doctor's own id, nor another kept row's key). A word typed then sums the rows
-- of the spellings it starts (the same LIKE as on users, in the users' collation), less the rows of the doctors whose
-- both names it starts (counted twice): 'Klara' reads one spelling's 30 rows. Spellings equal in the collation
-- ('Müller', 'Muller') are separate (the exact bytes), so nothing merges two names a pattern tells apart.
--
-- Written by the commit's one INSERT of count rows with the doctor's own rows (appointment.SummaryDeltas: the
-- spellings' keys read in its one lookup statement), moved with a renamed doctor (appointment.DoctorNameRows),
-- written again by rebuild(). A spelling is added when a doctor with it is first counted; none is ever removed.
CREATE TABLE doctor_name_spellings (
    spelling_id BIGINT         NOT NULL AUTO_INCREMENT,
    spelling    VARBINARY(400) NOT NULL,
    name        VARCHAR(100)   NOT NULL,
    PRIMARY KEY (spelling_id),
    UNIQUE KEY uq_doctor_name_spelling (spelling),
    INDEX ix_doctor_name_spelling_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO doctor_name_spellings (spelling, name)
SELECT n.spelling, MIN(n.name)
FROM (SELECT CAST(u.first_name AS BINARY) AS spelling, u.first_name AS name
      FROM doctors d JOIN users u ON u.user_id = d.user_id
      UNION ALL
      SELECT CAST(u.last_name AS BINARY), u.last_name
      FROM doctors d JOIN users u ON u.user_id = d.user_id) n
GROUP BY n.spelling
ORDER BY n.spelling;

-- each doctor's rows of a visit day (keyed by the doctor's id) and of a month (V0050) added to both names' spellings'
INSERT INTO appointment_daily_counts (count_date, doctor_id,
    scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07,
    h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT r.count_date, 5000000000000 + s.spelling_id AS name_row,
    SUM(r.scheduled), SUM(r.completed), SUM(r.no_shows), SUM(r.cancelled_by_patient), SUM(r.cancelled_by_practice),
    SUM(r.h00), SUM(r.h01), SUM(r.h02), SUM(r.h03), SUM(r.h04), SUM(r.h05), SUM(r.h06), SUM(r.h07), SUM(r.h08),
    SUM(r.h09), SUM(r.h10), SUM(r.h11), SUM(r.h12), SUM(r.h13), SUM(r.h14), SUM(r.h15), SUM(r.h16), SUM(r.h17),
    SUM(r.h18), SUM(r.h19), SUM(r.h20), SUM(r.h21), SUM(r.h22), SUM(r.h23)
FROM (SELECT c.count_date, c.doctor_id AS doctor,
        c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice, c.h00, c.h01, c.h02,
        c.h03, c.h04, c.h05, c.h06, c.h07, c.h08, c.h09, c.h10, c.h11, c.h12, c.h13, c.h14, c.h15, c.h16, c.h17, c.h18,
        c.h19, c.h20, c.h21, c.h22, c.h23
      FROM appointment_daily_counts c JOIN doctors od ON od.doctor_id = c.doctor_id
      UNION ALL
      SELECT c.count_date, c.doctor_id - 4000000000000,
        c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice, c.h00, c.h01, c.h02,
        c.h03, c.h04, c.h05, c.h06, c.h07, c.h08, c.h09, c.h10, c.h11, c.h12, c.h13, c.h14, c.h15, c.h16, c.h17, c.h18,
        c.h19, c.h20, c.h21, c.h22, c.h23
      FROM appointment_daily_counts c WHERE c.doctor_id > 4000000000000 AND c.doctor_id < 5000000000000) r
JOIN doctors d ON d.doctor_id = r.doctor
JOIN users u ON u.user_id = d.user_id
JOIN (SELECT 0 AS which UNION ALL SELECT 1) k
JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)
GROUP BY r.count_date, name_row;

-- A large clinic network, round 14 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 14, branch
-- r14-dorder14): the admins' grid in the doctor order with a date range. Its jump summed every doctor's rows of the
-- range (2,000 doctors x 23 working days = 46,440 rows for 31 days) to find the doctor holding the offset. Each bucket
-- of the doctor order (V0027) now also has a row per visit day in appointment_daily_counts, keyed 900,000,000,000 +
-- bucket on that day (as its all-time row on the sentinel day): above every doctor's id, so a day's bucket rows are one
-- short range of the primary key after the day's doctors. A jump sums the buckets' rows of the range's days (40 a day),
-- then only the holding bucket's 50 doctors' rows of those days (V0031's index).
--
-- Written at commit by the same INSERT ... SELECT as the day-and-doctor rows (appointment.SummaryDeltas: one row more
-- per change of a day and doctor, the bucket read from the doctor's name in the statement), moved with the doctor's
-- rows when a rename crosses a bound (DoctorOrderBuckets.doctorRenamed), written again by
-- AppointmentSummaries.rebuild(). Here: each bucket's row of every day, the sum of its doctors' rows of the day, each
-- doctor in the bucket of the present bounds (the highest whose bound is at or below the doctor's name, as a booking
-- reads it).
INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice, h00, h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23)
SELECT c.count_date, 900000000000 + db.bucket,
       SUM(c.scheduled),
       SUM(c.completed),
       SUM(c.no_shows),
       SUM(c.cancelled_by_patient),
       SUM(c.cancelled_by_practice),
       SUM(c.h00),
       SUM(c.h01),
       SUM(c.h02),
       SUM(c.h03),
       SUM(c.h04),
       SUM(c.h05),
       SUM(c.h06),
       SUM(c.h07),
       SUM(c.h08),
       SUM(c.h09),
       SUM(c.h10),
       SUM(c.h11),
       SUM(c.h12),
       SUM(c.h13),
       SUM(c.h14),
       SUM(c.h15),
       SUM(c.h16),
       SUM(c.h17),
       SUM(c.h18),
       SUM(c.h19),
       SUM(c.h20),
       SUM(c.h21),
       SUM(c.h22),
       SUM(c.h23)
FROM appointment_daily_counts c
JOIN (SELECT d.doctor_id,
             COALESCE((SELECT MAX(b.bucket) FROM appointment_doctor_buckets b
                       WHERE b.last_name < u.last_name
                          OR (b.last_name = u.last_name AND b.first_name < u.first_name)
                          OR (b.last_name = u.last_name AND b.first_name = u.first_name AND b.user_id <= u.user_id)),
                      0) AS bucket
      FROM doctors d JOIN users u ON u.user_id = d.user_id) db ON c.doctor_id = db.doctor_id
WHERE c.count_date > DATE '1000-01-01'
GROUP BY c.count_date, db.bucket;

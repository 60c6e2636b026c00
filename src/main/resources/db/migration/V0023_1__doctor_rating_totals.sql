-- The dashboard's average rating without a look-up per doctor (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 10). The average current rating of the active doctors read every doctor and looked up each one's
-- account for its active flag (2,000 key look-ups at 2,000 doctors). doctor_rating_totals keeps, in one row, the sum
-- and the count of the doctors' ratings (all doctors, active or not); the dashboard subtracts the few inactive
-- doctors' ratings (read from the accounts' role-and-active index) and divides, the division AVG() makes.
--
-- Kept by triggers on doctors, in the statement that changes a rating and so in its transaction: every writer of
-- doctors.rating is covered, the review feature's recomputation as well as the demo seeder's, the benchmarks' and
-- the tests' plain SQL, and no statement is added anywhere. A change that leaves the rating as it was does not touch
-- the row (the trigger's UPDATE has an impossible WHERE). Lock order: the doctor's row, then this row.

CREATE TABLE doctor_rating_totals (
    id         TINYINT        NOT NULL PRIMARY KEY,
    rating_sum DECIMAL(12,2)  NOT NULL,
    rated      INT            NOT NULL,
    CONSTRAINT ck_doctor_rating_totals_one CHECK (id = 1)
);

INSERT INTO doctor_rating_totals (id, rating_sum, rated)
SELECT 1, COALESCE(SUM(rating), 0), COUNT(rating) FROM doctors;

CREATE TRIGGER tr_doctors_rating_insert AFTER INSERT ON doctors FOR EACH ROW
    UPDATE doctor_rating_totals SET rating_sum = rating_sum + NEW.rating, rated = rated + 1
    WHERE id = 1 AND NEW.rating IS NOT NULL;

CREATE TRIGGER tr_doctors_rating_update AFTER UPDATE ON doctors FOR EACH ROW
    UPDATE doctor_rating_totals
    SET rating_sum = rating_sum + COALESCE(NEW.rating, 0) - COALESCE(OLD.rating, 0),
        rated = rated + (NEW.rating IS NOT NULL) - (OLD.rating IS NOT NULL)
    WHERE id = 1 AND NOT (NEW.rating <=> OLD.rating);

CREATE TRIGGER tr_doctors_rating_delete AFTER DELETE ON doctors FOR EACH ROW
    UPDATE doctor_rating_totals SET rating_sum = rating_sum - OLD.rating, rated = rated - 1
    WHERE id = 1 AND OLD.rating IS NOT NULL;

-- The dashboard's average rating without a look-up per doctor (issue 18, docs/PERFORMANCE.md "Large clinic
-- network", round 10). The average current rating of the active doctors read every doctor and looked up each one's
-- account for its active flag (2,000 key look-ups at 2,000 doctors). doctor_rating_totals keeps, in one row, the sum
-- and the count of the doctors' ratings (all doctors, active or not); the dashboard subtracts the few inactive
-- doctors' ratings (read from the accounts' role-and-active index) and divides, the division AVG() makes.
--
-- Kept by the review feature, which owns doctors.rating (review.ReviewQueries.recomputeRating): in the transaction
-- that recomputes a doctor's rating, under the doctor's row lock it already takes, the row takes the doctor's old
-- rating out and the new one in (one statement more per review written, hidden or shown again; none per booking).
-- Ratings written by plain SQL (the demo clinic, the benchmarks' generators, test fixtures) are followed by
-- review.RatingTotals.rebuild(), as the dashboard's other summaries are.

CREATE TABLE doctor_rating_totals (
    id         TINYINT        NOT NULL PRIMARY KEY,
    rating_sum DECIMAL(12,2)  NOT NULL,
    rated      INT            NOT NULL,
    CONSTRAINT ck_doctor_rating_totals_one CHECK (id = 1)
);

INSERT INTO doctor_rating_totals (id, rating_sum, rated)
SELECT 1, COALESCE(SUM(rating), 0), COUNT(rating) FROM doctors;

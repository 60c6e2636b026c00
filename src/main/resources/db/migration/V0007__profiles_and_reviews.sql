-- Profiles and reviews (issue 19). Every profile column the source documents name exists since V0001; what is new:
-- a patient's review of a completed appointment (one per appointment, decided by the key) and the number of
-- visible reviews next to doctors.rating, both kept in step by the transaction that writes a review, so the
-- directory reads "★ 4.6 · 38 reviews" from the doctor's row without reaching into a higher feature's table.

ALTER TABLE doctors ADD COLUMN review_count INT NOT NULL DEFAULT 0 AFTER rating;
ALTER TABLE doctors ADD CONSTRAINT ck_doctors_review_count CHECK (review_count >= 0);

CREATE TABLE reviews (
    review_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    appointment_id BIGINT        NOT NULL,
    doctor_id      BIGINT        NOT NULL,
    patient_id     BIGINT        NOT NULL,
    stars          INT           NOT NULL,
    comment        VARCHAR(2000) NULL,
    submitted_at   TIMESTAMP(6)  NOT NULL,               -- from the application's Clock: starts the 14 days of editing
    edited_at      TIMESTAMP(6)  NULL,
    is_hidden      BOOLEAN       NOT NULL DEFAULT FALSE, -- hidden by an admin: kept, not shown, not counted
    hidden_reason  VARCHAR(500)  NULL,
    hidden_by      BIGINT        NULL,
    hidden_at      TIMESTAMP(6)  NULL,
    created_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT uk_reviews_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_review_appointment FOREIGN KEY (appointment_id) REFERENCES appointments (appointment_id),
    CONSTRAINT fk_review_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id),
    CONSTRAINT fk_review_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
    CONSTRAINT fk_review_hidden_by FOREIGN KEY (hidden_by) REFERENCES users (user_id),
    CONSTRAINT ck_reviews_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT ck_reviews_hidden CHECK (is_hidden = FALSE OR hidden_reason IS NOT NULL),
    INDEX ix_reviews_doctor_visible (doctor_id, is_hidden, review_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

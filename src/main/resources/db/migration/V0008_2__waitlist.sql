-- Issue 13: the waitlist. A free slot can be held for one patient until a moment (a waitlist offer); while the
-- hold lasts, booking's conditional update refuses everyone else, and a hold that has run out counts as none.
-- held_until is written from the application's clock.
ALTER TABLE doctor_availability
    ADD COLUMN held_for   BIGINT       NULL,
    ADD COLUMN held_until TIMESTAMP(3) NULL;

-- A patient waiting for a doctor: any free slot on a day from first_day to last_day that lies within the times of
-- day from_time..to_time. First come, first offered (by entry_id). WAITING until booked or left.
CREATE TABLE waitlist_entries (
    entry_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id BIGINT       NOT NULL,
    doctor_id  BIGINT       NOT NULL,
    first_day  DATE         NOT NULL,
    last_day   DATE         NOT NULL,
    from_time  TIME         NOT NULL,
    to_time    TIME         NOT NULL,
    status     VARCHAR(10)  NOT NULL DEFAULT 'WAITING',
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    CONSTRAINT ck_waitlist_status CHECK (status IN ('WAITING', 'BOOKED', 'LEFT')),
    CONSTRAINT ck_waitlist_days CHECK (last_day >= first_day),
    CONSTRAINT ck_waitlist_times CHECK (to_time > from_time),
    CONSTRAINT fk_waitlist_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
    CONSTRAINT fk_waitlist_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id),
    INDEX ix_waitlist_doctor_waiting (doctor_id, status, entry_id),
    INDEX ix_waitlist_patient (patient_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A slot offered to an entry and held for it until expires_at. One offer per entry and slot (a patient who let an
-- offer lapse is not offered that slot again; the next one in line is).
CREATE TABLE waitlist_offers (
    offer_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id        BIGINT       NOT NULL,
    availability_id BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    offered_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    expires_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    CONSTRAINT ck_waitlist_offer_status CHECK (status IN ('OPEN', 'TAKEN', 'LAPSED', 'DECLINED')),
    CONSTRAINT uk_waitlist_offer UNIQUE (entry_id, availability_id),
    CONSTRAINT fk_offer_entry FOREIGN KEY (entry_id) REFERENCES waitlist_entries (entry_id),
    CONSTRAINT fk_offer_slot FOREIGN KEY (availability_id) REFERENCES doctor_availability (availability_id)
        ON DELETE CASCADE,
    INDEX ix_waitlist_offer_open (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

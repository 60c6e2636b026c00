-- Praxis schema: the union of the two source documents (SQL schema + ER diagram), reconciled as written in
-- shared/design/SCHEMA-NOTES.md. MySQL 8.4 dialect, equally valid on MariaDB 10.11+. InnoDB, utf8mb4.
-- utf8mb4_unicode_ci exists on both servers (MySQL's 0900 collations do not exist on MariaDB) and makes the
-- unique e-mail case-insensitive.

CREATE TABLE users (
    user_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(255) NOT NULL,
    phone           VARCHAR(20)  NOT NULL,                -- E.164, checked with libphonenumber
    password_hash   VARCHAR(255) NOT NULL,                -- DelegatingPasswordEncoder: {bcrypt}…
    role            VARCHAR(20)  NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    gender          VARCHAR(10),
    date_of_birth   DATE,
    address         TEXT,
    bio             TEXT,                                 -- the diagram's doctor "about"
    profile_photo   VARCHAR(255),
    created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    is_active       BOOLEAN   NOT NULL DEFAULT TRUE,     -- the diagram's "status"; users are deactivated, never deleted
    CONSTRAINT uk_users_email UNIQUE (email),
    CONSTRAINT uk_users_phone UNIQUE (phone),
    CONSTRAINT ck_users_role CHECK (role IN ('ADMIN', 'DOCTOR', 'PATIENT')),
    CONSTRAINT ck_users_gender CHECK (gender IS NULL OR gender IN ('Male', 'Female', 'Other')),
    CONSTRAINT ck_users_phone_e164 CHECK (phone REGEXP '^\\+[1-9][0-9]{6,14}$'),
    INDEX ix_users_role_active (role, is_active),
    INDEX ix_users_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE specializations (
    specialization_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    description       TEXT,
    CONSTRAINT uk_specializations_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE doctors (
    doctor_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT        NOT NULL,
    specialization_id BIGINT        NULL,                 -- named by the SQL document's FK, forgotten as a column
    license_number    VARCHAR(100)  NOT NULL,
    years_experience  INT,                                -- the diagram's experience_years
    clinic_name       VARCHAR(255),
    clinic_address    TEXT,
    consultation_fee  DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    rating            DECIMAL(3,2)  NULL,                 -- average of reviews, derived; NULL while unrated
    is_available      BOOLEAN       NOT NULL DEFAULT TRUE, -- accepting new bookings
    created_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT uk_doctors_user UNIQUE (user_id),
    CONSTRAINT uk_doctors_license UNIQUE (license_number),
    CONSTRAINT fk_doctor_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE,
    CONSTRAINT fk_specialization FOREIGN KEY (specialization_id)
        REFERENCES specializations (specialization_id) ON DELETE SET NULL,
    CONSTRAINT ck_doctors_experience CHECK (years_experience IS NULL OR years_experience BETWEEN 0 AND 80),
    CONSTRAINT ck_doctors_fee CHECK (consultation_fee >= 0),
    CONSTRAINT ck_doctors_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 5),
    INDEX ix_doctors_available (is_available, specialization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE patients (
    patient_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT NOT NULL,
    insurance_details VARCHAR(255),
    medical_history   TEXT,                               -- the diagram's medical_notes
    emergency_contact VARCHAR(20),
    created_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT uk_patients_user UNIQUE (user_id),
    CONSTRAINT fk_patient_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A doctor's repeating weekly hours (the SQL document's "repeated weekly schedules"). They generate
-- doctor_availability rows for a rolling horizon; date-specific slots and time off override them.
CREATE TABLE weekly_schedules (
    schedule_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_id       BIGINT   NOT NULL,
    day_of_week     TINYINT  NOT NULL,                    -- ISO: 1 = Monday … 7 = Sunday
    start_time      TIME     NOT NULL,
    end_time        TIME     NOT NULL,
    slot_minutes    INT      NOT NULL DEFAULT 30,
    buffer_minutes  INT      NOT NULL DEFAULT 0,
    valid_from      DATE     NOT NULL,
    valid_until     DATE     NULL,                        -- NULL: until further notice
    created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT fk_schedule_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id) ON DELETE CASCADE,
    CONSTRAINT ck_schedule_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_schedule_times CHECK (end_time > start_time),
    CONSTRAINT ck_schedule_slot CHECK (slot_minutes BETWEEN 10 AND 120),
    CONSTRAINT ck_schedule_buffer CHECK (buffer_minutes BETWEEN 0 AND 120),
    CONSTRAINT ck_schedule_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
    INDEX ix_schedule_doctor_day (doctor_id, day_of_week)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Date-specific bookable slots (the diagram's DOCTOR_AVAILABILITY), in the clinic's time zone.
-- Exact duplicates are impossible by key; overlaps are prevented by editing a doctor's slots under a lock on
-- the doctor's row (MySQL has no exclusion constraints).
CREATE TABLE doctor_availability (
    availability_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_id       BIGINT      NOT NULL,
    available_date  DATE        NOT NULL,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    is_booked       BOOLEAN     NOT NULL DEFAULT FALSE,
    source          VARCHAR(10) NOT NULL DEFAULT 'ONE_OFF', -- WEEKLY (generated, regenerable) or ONE_OFF
    created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT fk_availability_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id) ON DELETE CASCADE,
    CONSTRAINT uk_availability_doctor_start UNIQUE (doctor_id, available_date, start_time),
    CONSTRAINT ck_availability_times CHECK (end_time > start_time),
    CONSTRAINT ck_availability_source CHECK (source IN ('WEEKLY', 'ONE_OFF')),
    INDEX ix_availability_free (is_booked, available_date, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Time off ("date-specific overrides" of the weekly hours): no slot is offered inside it.
CREATE TABLE doctor_time_off (
    time_off_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_id   BIGINT       NOT NULL,
    starts_at   DATETIME     NOT NULL,                    -- clinic-local
    ends_at     DATETIME     NOT NULL,
    reason      VARCHAR(255),
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT fk_time_off_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id) ON DELETE CASCADE,
    CONSTRAINT ck_time_off_range CHECK (ends_at > starts_at),
    INDEX ix_time_off_doctor_range (doctor_id, starts_at, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The diagram's appointment_id and availability_id with the SQL document's columns. A slot holds at most one
-- live (not cancelled) appointment: slot_hold is the slot's id while the appointment is live and NULL once
-- cancelled, and its unique key makes a second live appointment on one slot impossible, whatever Java does.
CREATE TABLE appointments (
    appointment_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_id           BIGINT      NOT NULL,
    patient_id          BIGINT      NOT NULL,
    availability_id     BIGINT      NULL,
    appointment_date    DATE        NOT NULL,
    start_time          TIME        NOT NULL,             -- the diagram's appointment_time
    end_time            TIME        NOT NULL,
    status              VARCHAR(50) NOT NULL DEFAULT 'SCHEDULED',
    reason_for_visit    TEXT,
    cancellation_reason TEXT,
    cancelled_by        BIGINT      NULL,
    created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    slot_hold           BIGINT AS (CASE WHEN status <> 'CANCELLED' THEN availability_id END) STORED,
    CONSTRAINT fk_appointment_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id),
    CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
    CONSTRAINT fk_appointment_availability FOREIGN KEY (availability_id)
        REFERENCES doctor_availability (availability_id),
    CONSTRAINT fk_appointment_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users (user_id),
    CONSTRAINT uk_appointment_live_slot UNIQUE (slot_hold),
    CONSTRAINT ck_appointment_status CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_appointment_times CHECK (end_time > start_time),
    INDEX ix_appointment_doctor_day (doctor_id, appointment_date, start_time),
    INDEX ix_appointment_patient_day (patient_id, appointment_date, start_time),
    INDEX ix_appointment_status_day (status, appointment_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per reschedule, never updated: the appointment's history.
CREATE TABLE appointment_reschedules (
    reschedule_id  BIGINT AUTO_INCREMENT PRIMARY KEY,
    appointment_id BIGINT    NOT NULL,
    old_date       DATE      NOT NULL,
    old_time       TIME      NOT NULL,
    new_date       DATE      NOT NULL,
    new_time       TIME      NOT NULL,
    reason         TEXT,
    rescheduled_by BIGINT    NOT NULL,
    rescheduled_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_reschedule_appointment FOREIGN KEY (appointment_id) REFERENCES appointments (appointment_id),
    CONSTRAINT fk_reschedule_user FOREIGN KEY (rescheduled_by) REFERENCES users (user_id),
    INDEX ix_reschedule_appointment (appointment_id, rescheduled_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One payment per appointment.
CREATE TABLE payments (
    payment_id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    appointment_id   BIGINT        NOT NULL,
    amount           DECIMAL(10,2) NOT NULL,
    payment_method   VARCHAR(20)   NULL,                  -- chosen when paid
    payment_status   VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    transaction_date TIMESTAMP     NULL,                  -- when the money moved
    created_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT uk_payments_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_payment_appointment FOREIGN KEY (appointment_id) REFERENCES appointments (appointment_id),
    CONSTRAINT ck_payment_amount CHECK (amount >= 0),
    CONSTRAINT ck_payment_method CHECK (payment_method IS NULL OR payment_method IN ('CARD', 'CASH', 'INSURANCE')),
    CONSTRAINT ck_payment_status CHECK (payment_status IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED')),
    INDEX ix_payment_status_date (payment_status, transaction_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One chat per doctor–patient pair.
CREATE TABLE chats (
    chat_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_id    BIGINT NOT NULL,
    patient_id   BIGINT NOT NULL,
    last_message TEXT,
    created_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT uk_chats_pair UNIQUE (doctor_id, patient_id),
    CONSTRAINT fk_chat_doctor FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id),
    CONSTRAINT fk_chat_patient FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
    INDEX ix_chats_patient (patient_id, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE chat_messages (
    message_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    chat_id      BIGINT    NOT NULL,
    sender_id    BIGINT    NOT NULL,
    message_text TEXT      NOT NULL,
    sent_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    read_at      TIMESTAMP NULL,                          -- NULL: unread by the other side
    CONSTRAINT fk_message_chat FOREIGN KEY (chat_id) REFERENCES chats (chat_id),
    CONSTRAINT fk_message_sender FOREIGN KEY (sender_id) REFERENCES users (user_id),
    CONSTRAINT ck_message_not_blank CHECK (CHAR_LENGTH(TRIM(message_text)) > 0),
    INDEX ix_message_chat (chat_id, message_id),
    INDEX ix_message_unread (chat_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Payments that the practice takes, refunds and documents (issue 11).

-- The new status NOT_DUE follows in V0003_1 (Java: the status check is replaced where the server keeps checks)
-- and existing fees are settled in V0003_2.

-- amount stays the fee copied at booking; paid_amount is what was actually taken (at most the fee).
ALTER TABLE payments
    ADD COLUMN paid_amount        DECIMAL(10,2) NULL AFTER amount,
    ADD COLUMN insurance_policy   VARCHAR(100)  NULL AFTER payment_method,
    ADD COLUMN recorded_by        BIGINT        NULL AFTER transaction_date,
    ADD COLUMN receipt_number     VARCHAR(20)   NULL,
    ADD COLUMN refunded_amount    DECIMAL(10,2) NULL,
    ADD COLUMN refunded_at        TIMESTAMP     NULL,
    ADD COLUMN refunded_by        BIGINT        NULL,
    ADD COLUMN refund_reason      VARCHAR(500)  NULL,
    ADD COLUMN credit_note_number VARCHAR(20)   NULL,
    ADD CONSTRAINT uk_payment_receipt_number UNIQUE (receipt_number),
    ADD CONSTRAINT uk_payment_credit_note_number UNIQUE (credit_note_number),
    ADD CONSTRAINT fk_payment_recorded_by FOREIGN KEY (recorded_by) REFERENCES users (user_id),
    ADD CONSTRAINT fk_payment_refunded_by FOREIGN KEY (refunded_by) REFERENCES users (user_id),
    ADD CONSTRAINT ck_payment_paid_amount CHECK (paid_amount IS NULL OR (paid_amount >= 0 AND paid_amount <= amount)),
    ADD CONSTRAINT ck_payment_refunded_amount
        CHECK (refunded_amount IS NULL OR (refunded_amount > 0 AND paid_amount IS NOT NULL
            AND refunded_amount <= paid_amount)),
    ADD INDEX ix_payment_method_date (payment_method, transaction_date);

-- Every change of a payment: who changed what, when (written from the application's clock), and why.
CREATE TABLE payment_history (
    history_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id     BIGINT        NOT NULL,
    changed_at     TIMESTAMP     NOT NULL,
    changed_by     BIGINT        NULL,                 -- NULL: the application itself (a rule, not a person)
    old_status     VARCHAR(20)   NULL,
    new_status     VARCHAR(20)   NOT NULL,
    amount         DECIMAL(10,2) NULL,                 -- the money that moved with this change, if any
    payment_method VARCHAR(20)   NULL,
    note           VARCHAR(500)  NULL,
    CONSTRAINT fk_payment_history_payment FOREIGN KEY (payment_id) REFERENCES payments (payment_id),
    CONSTRAINT fk_payment_history_user FOREIGN KEY (changed_by) REFERENCES users (user_id),
    INDEX ix_payment_history_payment (payment_id, history_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Gap-free document numbers per kind (RECEIPT, CREDIT_NOTE) and year: a transaction that numbers a document
-- increments its counter row, which stays locked until it commits (or rolls back, taking the number with it).
CREATE TABLE document_counters (
    document_kind VARCHAR(20) NOT NULL,
    counter_year  INT         NOT NULL,
    last_number   INT         NOT NULL,
    PRIMARY KEY (document_kind, counter_year),
    CONSTRAINT ck_document_kind CHECK (document_kind IN ('RECEIPT', 'CREDIT_NOTE')),
    CONSTRAINT ck_document_last_number CHECK (last_number > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 13: every e-mail is a row written in the transaction of the change that causes it (a transactional
-- outbox); a sender on every node delivers due rows and retries with growing delays. Times come from the
-- application's clock, never from the database.
--
-- status: PENDING (to send; also while a node is sending it), SENT, FAILED (after the last attempt; an admin may
-- retry it). next_attempt_at is also the lease: a node that claims a row moves it a few minutes ahead and counts
-- the attempt, so a node that dies while sending leaves the row to be claimed again once the lease has run out.
-- last_error never holds an address (the sender removes them).
CREATE TABLE mail_outbox (
    mail_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(255) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    about           VARCHAR(255) NOT NULL,
    attachment_name VARCHAR(255) NULL,
    attachment_type VARCHAR(100) NULL,
    attachment      MEDIUMBLOB   NULL,
    status          VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), -- written from the application's clock
    sent_at         TIMESTAMP(3) NULL,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_attachment CHECK ((attachment IS NULL) = (attachment_name IS NULL)),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_recipient (recipient)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Security (issue 12): sign-in throttling and rate limits kept in the database (so they hold across nodes and
-- survive restarts), and an append-only audit trail. Every time here is written from the application's clock.

-- One row per (account, client address) pair with failed sign-ins: a growing delay for that pair only, so an
-- attacker elsewhere cannot keep the owner out. account_key is 'user:<user_id>' for an existing account and
-- 'email:<SHA-256 of the normalised e-mail>' otherwise (a typed e-mail, possibly a mistyped password, is never
-- stored). Rows are deleted on a successful sign-in and purged a day after their last failure.
CREATE TABLE sign_in_failures (
    account_key     VARCHAR(80) NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    blocked_until   TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (account_key, client_address),
    INDEX ix_sign_in_failures_last (last_failure_at),
    CONSTRAINT ck_sign_in_failures_count CHECK (failures > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Fixed-window counters of security.RateLimits: one row per key and window; purged a day after the window.
CREATE TABLE rate_limit_counters (
    limit_key    VARCHAR(190) NOT NULL,
    window_start TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    hits         INT          NOT NULL,
    PRIMARY KEY (limit_key, window_start),
    INDEX ix_rate_limit_counters_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Who did what to which patient's data, when, from where. Append-only: the application only inserts (no code
-- updates or deletes a row; ArchitectureTest checks the SQL); in production the application's database user is
-- granted INSERT and SELECT only on this table (docs/SECURITY.md). No foreign keys, so a row outlives whatever
-- it names.
CREATE TABLE audit_events (
    audit_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at               TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor_user_id    BIGINT      NULL,
    actor_role       VARCHAR(10) NULL,
    actor_name       VARCHAR(201) NULL,                 -- as the actor was called then (the audit outlives renames)
    action           VARCHAR(40) NOT NULL,
    patient_user_id  BIGINT      NULL,
    object_type      VARCHAR(30) NULL,
    object_id        BIGINT      NULL,
    client_address   VARCHAR(64) NULL,
    CONSTRAINT ck_audit_actor_role CHECK (actor_role IN ('ADMIN', 'DOCTOR', 'PATIENT')),
    INDEX ix_audit_patient (patient_user_id, audit_id),
    INDEX ix_audit_actor (actor_user_id, audit_id),
    INDEX ix_audit_action (action, audit_id),
    INDEX ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

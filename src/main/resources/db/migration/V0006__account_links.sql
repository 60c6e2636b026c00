-- Accounts (issues 19 and 10): one-time links e-mailed to a person (set a first password, reset a forgotten one,
-- confirm a registration, confirm a new e-mail address). Only the SHA-256 hash of the link's token is stored, so a
-- copy of this table opens nothing. A link is redeemed by one conditional UPDATE (used_at still NULL, not expired):
-- of two clicks at once exactly one changes the row. All times are written from the application's clock.
CREATE TABLE account_links (
    link_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,                    -- hex SHA-256 of the token in the link
    new_email   VARCHAR(255) NULL,                        -- CHANGE_EMAIL: the address the link was sent to
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL DEFAULT NULL,           -- redeemed, or replaced by a newer link of the same purpose
    CONSTRAINT uk_account_links_token UNIQUE (token_hash),
    CONSTRAINT fk_account_links_user FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE,
    CONSTRAINT ck_account_links_purpose
        CHECK (purpose IN ('SET_PASSWORD', 'RESET_PASSWORD', 'CONFIRM_EMAIL', 'CHANGE_EMAIL')),
    INDEX ix_account_links_user (user_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- credentials_changed_at: sessions that signed in before this instant end at their next request, on every node
-- (security.DeactivatedAccountFilter asks it with one primary-key read). email_confirmed_at: a self-registered
-- patient's account stays inactive until the confirmation link is opened; accounts that exist are confirmed.
ALTER TABLE users
    ADD COLUMN credentials_changed_at TIMESTAMP(6) NULL DEFAULT NULL,
    ADD COLUMN email_confirmed_at     TIMESTAMP(6) NULL DEFAULT NULL;

UPDATE users SET email_confirmed_at = created_at;

-- Issue 16: each account's language (en, de) for its pages and the e-mails it receives; existing accounts English.
ALTER TABLE users ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en';

-- One-time codes for "forgot password": only their SHA-256 is kept; each is short-lived, single use, and burnt
-- after a few wrong guesses. Asking for a new code ends the account's earlier ones.
CREATE TABLE identity.recovery_code (
    id          BIGSERIAL    PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES identity.account (id),
    code_hash   VARCHAR(64)  NOT NULL,
    channel     VARCHAR(8)   NOT NULL CHECK (channel IN ('PHONE', 'EMAIL')),
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ,
    wrong_guesses INTEGER    NOT NULL DEFAULT 0
);
CREATE INDEX recovery_code_account ON identity.recovery_code (account_id, created_at DESC);

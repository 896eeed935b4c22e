-- A person proves a phone or e-mail address is theirs with a one-time code sent to it; recovery codes go only to
-- addresses proved so. Codes are kept as SHA-256 only, short-lived, single use, burnt after a few wrong guesses.
ALTER TABLE identity.account ADD COLUMN phone_verified_at TIMESTAMPTZ, ADD COLUMN email_verified_at TIMESTAMPTZ;

CREATE TABLE identity.verification_code (
    id            BIGSERIAL    PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES identity.account (id),
    channel       VARCHAR(8)   NOT NULL CHECK (channel IN ('PHONE', 'EMAIL')),
    address       VARCHAR(255) NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ,
    wrong_guesses INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX verification_code_account ON identity.verification_code (account_id, channel, created_at DESC);

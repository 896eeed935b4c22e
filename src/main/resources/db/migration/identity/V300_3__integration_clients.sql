-- Integration clients: other systems (a school's timetable or LMS, a bureau's data centre) that read the roster
-- with OAuth 2 client credentials. Each client is bound to one org node and sees nothing outside it.
CREATE TABLE identity.integration_client (
    id            BIGSERIAL    PRIMARY KEY,
    client_id     VARCHAR(64)  NOT NULL UNIQUE,
    name          VARCHAR(64)  NOT NULL,
    secret_hash   VARCHAR(64)  NOT NULL,
    org_id        BIGINT       NOT NULL,
    org_path      VARCHAR(255) NOT NULL,
    scopes        VARCHAR(1000) NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX integration_client_path ON identity.integration_client (org_path varchar_pattern_ops);

-- Access tokens are short-lived and stored only as SHA-256 hashes of their random value.
CREATE TABLE identity.integration_token (
    token_hash  VARCHAR(64)   PRIMARY KEY,
    client_id   BIGINT        NOT NULL REFERENCES identity.integration_client (id),
    scopes      VARCHAR(1000) NOT NULL,
    issued_at   TIMESTAMPTZ   NOT NULL,
    expires_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX integration_token_expiry ON identity.integration_token (expires_at);

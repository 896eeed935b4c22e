-- Accounts, their role grants on org nodes, API tokens, login throttling and the security audit log.
CREATE TABLE identity.account (
    id                     BIGSERIAL    PRIMARY KEY,
    username               VARCHAR(64)  NOT NULL,
    display_name           VARCHAR(64)  NOT NULL,
    phone                  VARCHAR(20),
    email                  VARCHAR(120),
    password_hash          VARCHAR(200),
    status                 VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING_ACTIVATION', 'ACTIVE', 'DISABLED')),
    must_change_password   BOOLEAN      NOT NULL DEFAULT FALSE,
    activation_code_hash   VARCHAR(64),
    activation_expires_at  TIMESTAMPTZ,
    home_org_path          VARCHAR(255) NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    last_login_at          TIMESTAMPTZ,
    password_changed_at    TIMESTAMPTZ,
    version                INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_username ON identity.account (lower(username));
CREATE UNIQUE INDEX account_phone ON identity.account (phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX account_email ON identity.account (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX account_home_path ON identity.account (home_org_path varchar_pattern_ops);

CREATE TABLE identity.role_grant (
    id          BIGSERIAL    PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES identity.account (id),
    role        VARCHAR(24)  NOT NULL,
    org_id      BIGINT,
    org_path    VARCHAR(255) NOT NULL,
    granted_at  TIMESTAMPTZ  NOT NULL,
    granted_by  BIGINT,
    UNIQUE (account_id, role, org_path)
);
CREATE INDEX role_grant_path ON identity.role_grant (org_path varchar_pattern_ops);

CREATE TABLE identity.api_token (
    id            BIGSERIAL    PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES identity.account (id),
    name          VARCHAR(64)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX api_token_account ON identity.api_token (account_id);

-- One row per throttled key ("account:<name>" or "ip:<address>"), shared by every application node.
CREATE TABLE identity.login_throttle (
    throttle_key     VARCHAR(160) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    window_started   TIMESTAMPTZ  NOT NULL,
    locked_until     TIMESTAMPTZ
);

CREATE TABLE identity.audit_event (
    id           BIGSERIAL    PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(64),
    action       VARCHAR(48)  NOT NULL,
    outcome      VARCHAR(24)  NOT NULL,
    target       VARCHAR(200),
    org_path     VARCHAR(255),
    ip           VARCHAR(64),
    detail       VARCHAR(1000)
);
CREATE INDEX audit_event_time ON identity.audit_event (occurred_at DESC);
CREATE INDEX audit_event_path ON identity.audit_event (org_path varchar_pattern_ops);

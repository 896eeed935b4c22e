-- Webhook subscriptions: an admin's HTTPS endpoint told of chosen kinds of events of one org node and below.
CREATE TABLE integration.webhook_subscription (
    id                   bigserial PRIMARY KEY,
    org_id               bigint        NOT NULL,
    org_path             varchar(255)  NOT NULL,
    name                 varchar(64)   NOT NULL,
    url                  varchar(2000) NOT NULL,
    kinds                varchar(255)  NOT NULL,
    -- AES-GCM under the installation's webhook key: the secret must be read back to sign, so it cannot be hashed
    secret_cipher        varchar(255)  NOT NULL,
    secret_hint          varchar(8)    NOT NULL,
    status               varchar(16)   NOT NULL,
    consecutive_failures integer       NOT NULL DEFAULT 0,
    disabled_at          timestamptz,
    disabled_reason      varchar(16),
    created_by           bigint        NOT NULL,
    created_at           timestamptz   NOT NULL,
    secret_rotated_at    timestamptz,
    CONSTRAINT webhook_subscription_status CHECK (status IN ('ACTIVE', 'DISABLED'))
);
CREATE INDEX webhook_subscription_path ON integration.webhook_subscription (org_path varchar_pattern_ops);

-- The key that encrypts subscription secrets when no educloud.integration.webhooks.secret-key is configured.
CREATE TABLE integration.webhook_key (
    id        smallint PRIMARY KEY CHECK (id = 1),
    key_bytes bytea    NOT NULL
);

-- The outbox: one row per event and subscription, written in the listener's transaction and posted later by the
-- deliverer, so a slow or failing receiver never touches the request that produced the event.
CREATE TABLE integration.webhook_delivery (
    id              bigserial PRIMARY KEY,
    subscription_id bigint       NOT NULL REFERENCES integration.webhook_subscription (id) ON DELETE CASCADE,
    event_id        uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    payload         text         NOT NULL,
    status          varchar(16)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON integration.webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

-- The delivery log: every attempt with what the receiver answered, shown to the subscription's admins.
CREATE TABLE integration.webhook_attempt (
    id              bigserial PRIMARY KEY,
    delivery_id     bigint       NOT NULL REFERENCES integration.webhook_delivery (id) ON DELETE CASCADE,
    subscription_id bigint       NOT NULL,
    attempt         integer      NOT NULL,
    attempted_at    timestamptz  NOT NULL,
    status_code     integer,
    duration_ms     integer      NOT NULL,
    succeeded       boolean      NOT NULL,
    error           varchar(300)
);
CREATE INDEX webhook_attempt_log ON integration.webhook_attempt (subscription_id, attempted_at DESC, id DESC);

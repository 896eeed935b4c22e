-- The keys that sign ID and access tokens, shared by every node. The newest unretired key signs; a retired key is
-- still published in the JWKS until the tokens it signed have expired, then deleted.
CREATE TABLE identity.oidc_signing_key (
    kid         varchar(64) NOT NULL PRIMARY KEY,
    private_key bytea       NOT NULL,
    public_key  bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    retired_at  timestamptz
);

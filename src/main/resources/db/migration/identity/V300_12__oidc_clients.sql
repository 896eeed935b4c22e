-- Which org node each OpenID Connect client belongs to: admins see and manage the clients of the nodes they
-- administer, and the client signs in only people with a role at or below that node.
CREATE TABLE identity.oidc_client (
    -- no foreign key: a revoked client's registration is deleted (SAS then refuses it), this row stays listed
    registered_client_id varchar(100) NOT NULL PRIMARY KEY,
    client_id            varchar(100) NOT NULL UNIQUE,
    name                 varchar(200) NOT NULL,
    org_id               bigint       NOT NULL,
    org_path             varchar(255) NOT NULL,
    pre_approved         boolean      NOT NULL,
    confidential         boolean      NOT NULL,
    created_by           bigint       NOT NULL,
    created_at           timestamptz  NOT NULL,
    revoked_at           timestamptz
);
CREATE INDEX oidc_client_org_path_idx ON identity.oidc_client (org_path varchar_pattern_ops);

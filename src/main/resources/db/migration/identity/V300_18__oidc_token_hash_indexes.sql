-- Token values are JWTs (or long random strings) that may exceed a B-tree entry's ~2.7 KB: an insert of such a token
-- failed. They are only ever looked up by equality, which a hash index serves, whatever their length.
DROP INDEX identity.oauth2_authorization_code_idx;
DROP INDEX identity.oauth2_authorization_access_idx;
DROP INDEX identity.oauth2_authorization_refresh_idx;
DROP INDEX identity.oauth2_authorization_id_token_idx;
CREATE INDEX oauth2_authorization_code_idx ON identity.oauth2_authorization USING hash (authorization_code_value);
CREATE INDEX oauth2_authorization_access_idx ON identity.oauth2_authorization USING hash (access_token_value);
CREATE INDEX oauth2_authorization_refresh_idx ON identity.oauth2_authorization USING hash (refresh_token_value);
CREATE INDEX oauth2_authorization_id_token_idx ON identity.oauth2_authorization USING hash (oidc_id_token_value);

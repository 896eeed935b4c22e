-- Retired login names are kept as an HMAC under the installation's key (identity.server_key) from now on: an unsalted
-- SHA-256 of "g" + an ID number is found by trying every plausible ID number in seconds (issue 22 review). Rows
-- written before keep their SHA-256 (keyed = false): it cannot be converted without the name. They still sign in
-- until they expire (at most 180 days), and the first successful login with such a name rewrites its row keyed.
ALTER TABLE identity.retired_login_name ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE identity.retired_login_name ALTER COLUMN keyed DROP DEFAULT;

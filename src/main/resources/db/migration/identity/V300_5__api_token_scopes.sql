-- Personal tokens get a scope (issue 22). Tokens made before could change data, so they stay read-write; new ones
-- must say what they may do.
ALTER TABLE identity.api_token ADD COLUMN scope VARCHAR(16) NOT NULL DEFAULT 'READ_WRITE'
    CHECK (scope IN ('READ_ONLY', 'READ_WRITE'));
ALTER TABLE identity.api_token ALTER COLUMN scope DROP DEFAULT;

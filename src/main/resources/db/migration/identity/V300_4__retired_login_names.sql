-- Usernames that carried a phone or ID number (students' used to be their 全国学籍号, "G" + the ID number) are
-- replaced at start-up by generated ones (RetiringLoginNames). The old name still signs in until expires_at, and
-- only when no account has it as username, phone or email. It is kept as the SHA-256 of its lower-cased form, so
-- the number itself is no longer stored in identity and shows nowhere.
CREATE TABLE identity.retired_login_name (
    name_hash   VARCHAR(64)  PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES identity.account (id),
    retired_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX retired_login_name_account ON identity.retired_login_name (account_id);

-- Audit entries written before named people by their usernames, the numbers they typed at login and the student
-- numbers they were about: their phone and ID numbers are masked as the application masks them from now on
-- (ID numbers keep their first 6 and last 4 characters, phone numbers their first 3 and last 4 digits).
UPDATE identity.audit_event
SET target = regexp_replace(regexp_replace(target,
                 '(^|[^0-9])([0-9]{6})[0-9]{2,}([0-9]{3}[0-9Xx])', '\1\2********\3', 'g'),
                 '(^|[^0-9])([0-9]{3})[0-9]{4}([0-9]{4})($|[^0-9])', '\1\2****\3\4', 'g')
WHERE target ~ '[0-9]{11}';
UPDATE identity.audit_event
SET actor_name = regexp_replace(regexp_replace(actor_name,
                     '(^|[^0-9])([0-9]{6})[0-9]{2,}([0-9]{3}[0-9Xx])', '\1\2********\3', 'g'),
                     '(^|[^0-9])([0-9]{3})[0-9]{4}([0-9]{4})($|[^0-9])', '\1\2****\3\4', 'g')
WHERE actor_name ~ '[0-9]{11}';
UPDATE identity.audit_event
SET detail = regexp_replace(regexp_replace(detail,
                 '(^|[^0-9])([0-9]{6})[0-9]{2,}([0-9]{3}[0-9Xx])', '\1\2********\3', 'g'),
                 '(^|[^0-9])([0-9]{3})[0-9]{4}([0-9]{4})($|[^0-9])', '\1\2****\3\4', 'g')
WHERE detail ~ '[0-9]{11}';

-- Every start looks for usernames that still carry a phone or ID number (RetiringLoginNames). New usernames never
-- do, so this partial index is empty once the old ones are retired, and the start-up query reads nothing instead of
-- the whole account table. The predicate is the query's, word for word, so PostgreSQL can use it.
CREATE INDEX account_username_with_number ON identity.account (id) WHERE username ~ '[0-9]{11}';

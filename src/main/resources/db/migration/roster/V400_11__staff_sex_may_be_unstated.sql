-- A staff member's sex may be unstated (OneRoster's unspecified/other, or a foreign set without demographics):
-- no indicator counts staff by sex, so a set is not refused for it (issue 24 item 10). Students keep it required.
ALTER TABLE roster.staff ALTER COLUMN gender DROP NOT NULL;

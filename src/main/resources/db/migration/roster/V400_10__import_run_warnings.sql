-- What an applied import passed over or changed on its way in (OneRoster: unknown rows to be deleted, dropped
-- phone numbers, fields EduCloud does not keep), as JSON like the problems: written once, read whole.
ALTER TABLE roster.import_run ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';

-- How many of a school's students are left-behind, migrant or disabled, fixed at submission like the other counts,
-- so outcome groups of a region read survey rows. Null for surveys submitted before: the roster is asked then.
ALTER TABLE equity.school_survey ADD COLUMN left_behind_students INTEGER;
ALTER TABLE equity.school_survey ADD COLUMN migrant_students INTEGER;
ALTER TABLE equity.school_survey ADD COLUMN disabled_students INTEGER;

-- A submitted survey also fixes how many of its enrolled students were in no homeroom class (they are counted all
-- the same, DOMAIN §2: P_i = enrolled students) and how many staff were employed in all, so the survey can say
-- which counts need checking. NULL in surveys submitted before these were kept.
ALTER TABLE equity.school_survey
    ADD COLUMN students_without_homeroom INTEGER CHECK (students_without_homeroom >= 0),
    ADD COLUMN employed_staff INTEGER CHECK (employed_staff >= 0);

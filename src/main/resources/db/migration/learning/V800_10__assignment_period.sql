-- An assignment may be set in a timetable period (issue 33): the position of the period, on the day it opens, in the
-- class's school's bell schedule (owned by schoolday, referred to by position only). Null: not tied to a period.
ALTER TABLE learning.assignment ADD COLUMN period_position SMALLINT CHECK (period_position BETWEEN 1 AND 20);
CREATE INDEX assignment_in_period ON learning.assignment (class_id, opens_at) WHERE period_position IS NOT NULL;

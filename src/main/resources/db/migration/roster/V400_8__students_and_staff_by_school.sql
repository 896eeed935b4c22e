-- The equity reports ask the roster about a few schools of a region (those without a confirmed survey): by school,
-- not by scanning every student and teacher under the region's path.
CREATE INDEX student_school ON roster.student (school_id);
CREATE INDEX staff_school ON roster.staff (school_id);

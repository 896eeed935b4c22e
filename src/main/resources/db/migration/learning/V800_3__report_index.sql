-- the equity reports read a district's assignments due in a period
CREATE INDEX assignment_path_due ON learning.assignment (school_path varchar_pattern_ops, due_at);

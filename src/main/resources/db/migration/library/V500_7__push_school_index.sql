-- the equity reports count a school's pushes over a period
CREATE INDEX class_push_school ON library.class_push (school_path varchar_pattern_ops, pushed_at);

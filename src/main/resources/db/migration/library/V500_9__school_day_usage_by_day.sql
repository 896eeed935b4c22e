-- A report over a period reads whole months from school_month_usage and only the days at the period's ends from
-- school_day_usage: a few days of every school of a region, which the path-first index cannot narrow.
CREATE INDEX school_day_usage_day ON library.school_day_usage (day, school_path varchar_pattern_ops);

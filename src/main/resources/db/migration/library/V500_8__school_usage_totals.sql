-- Each school's library use per day and per month, over all resources: what the equity reports read, so a region's
-- period is one row a school a day and its trend one row a school a month. Kept in the same transaction as the
-- per-resource count, and filled once from it for what was counted before.
CREATE TABLE library.school_day_usage (
    school_id    BIGINT       NOT NULL,
    day          DATE         NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    views        BIGINT       NOT NULL DEFAULT 0,
    downloads    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, day)
);
CREATE INDEX school_day_usage_path ON library.school_day_usage (school_path varchar_pattern_ops, day);

CREATE TABLE library.school_month_usage (
    school_id    BIGINT       NOT NULL,
    month        DATE         NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    views        BIGINT       NOT NULL DEFAULT 0,
    downloads    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, month)
);
CREATE INDEX school_month_usage_path ON library.school_month_usage (school_path varchar_pattern_ops, month);

INSERT INTO library.school_day_usage (school_id, day, school_path, views, downloads)
SELECT school_id, day, min(school_path), sum(views), sum(downloads) FROM library.daily_school_usage
GROUP BY school_id, day;
INSERT INTO library.school_month_usage (school_id, month, school_path, views, downloads)
SELECT school_id, date_trunc('month', day)::date, min(school_path), sum(views), sum(downloads)
FROM library.daily_school_usage GROUP BY school_id, date_trunc('month', day)::date;

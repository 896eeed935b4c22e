-- How much each school uses each resource, per day (the installation's time zone): views and downloads by the
-- school's people. Kept in the transaction that counts the use; the equity reports read it, never a log.
CREATE TABLE library.daily_school_usage (
    day          DATE         NOT NULL,
    school_id    BIGINT       NOT NULL,
    school_path  VARCHAR(255) NOT NULL,
    resource_id  BIGINT       NOT NULL,
    views        INT          NOT NULL DEFAULT 0,
    downloads    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (day, school_id, resource_id)
);
CREATE INDEX daily_school_usage_path ON library.daily_school_usage (school_path varchar_pattern_ops, day);

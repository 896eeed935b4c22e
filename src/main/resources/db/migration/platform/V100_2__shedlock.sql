-- ShedLock's lock table: a scheduled job of any module runs on one node at a time, even with several nodes.
CREATE TABLE platform.shedlock (
    name        VARCHAR(64)  PRIMARY KEY,
    lock_until  TIMESTAMPTZ  NOT NULL,
    locked_at   TIMESTAMPTZ  NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);

-- Early-warning notices sent: one row per student, reason and ISO week (e.g. 2026-W50) in the installation's time
-- zone. The row is written in the transaction that tells the teachers and parents, and its key refuses a second
-- one, so a rerun of the job, or the job on a second node, tells nobody twice in a week.
CREATE TABLE tutoring.warning_notice (
    student_id  bigint      NOT NULL,
    reason      varchar(24) NOT NULL,
    iso_week    varchar(8)  NOT NULL,
    recipients  integer     NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (student_id, reason, iso_week)
);
CREATE INDEX warning_notice_sent ON tutoring.warning_notice (sent_at);

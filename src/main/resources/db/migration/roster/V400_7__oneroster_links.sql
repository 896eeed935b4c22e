-- Which EduCloud row a OneRoster sourcedId of an imported file stands for, per import root (the school or bureau
-- the file was imported into), so a later delta file can name rows the bulk file created. Many systems number
-- each table on its own, so the kind (T term, C class, S student, F staff, G guardian) is part of the key.
CREATE TABLE roster.oneroster_link (
    root_org_id  BIGINT       NOT NULL,
    sourced_id   VARCHAR(255) NOT NULL,
    kind         CHAR(1)      NOT NULL,
    local_id     BIGINT       NOT NULL,
    PRIMARY KEY (root_org_id, kind, sourced_id)
);

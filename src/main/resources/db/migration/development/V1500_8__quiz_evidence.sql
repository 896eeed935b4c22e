-- Evidence from assessment: the days a teacher opened the item analysis of one of their quizzes (assessment
-- announces it; it keeps no record itself). Quizzes set are read from assessment's facade, not kept here.
CREATE TABLE development.analysis_opening (
    teacher_account BIGINT       NOT NULL,
    quiz_id         BIGINT       NOT NULL,
    school_path     VARCHAR(255) NOT NULL,
    opened_on       DATE         NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (teacher_account, quiz_id, opened_on)
);

-- The national framework's evidence mapping gains the two assessment kinds (data, as ADR 0033 wants; an
-- installation that loaded the framework before this release gets them here, a new one from the shipped file).
-- Which evidence sits beside an indicator does not change what a past rating meant, so no new framework version.
INSERT INTO development.indicator_evidence (element_id, evidence)
SELECT e.id, k.evidence
FROM development.framework f
JOIN development.framework_element e ON e.framework_id = f.id
JOIN (VALUES ('3.3.1', 'QUIZZES_SET'), ('3.3.2', 'ITEM_ANALYSIS_OPENED'), ('3.3.3', 'ITEM_ANALYSIS_OPENED'))
    AS k (code, evidence) ON k.code = e.code
WHERE f.code = 'JY/T 0646—2022' AND f.version = '2022'
ON CONFLICT DO NOTHING;

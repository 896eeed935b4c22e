-- ADR 0041 addendum. Who a line item belongs to: the column a teacher made with a tool assignment (PLATFORM: the tool
-- may read it and score it, but neither change nor delete it) or one the tool made itself through AGS or a
-- deep-linking answer (TOOL: the tool may change and delete it).
ALTER TABLE integration.lti_line_item
    ADD COLUMN origin varchar(8) NOT NULL DEFAULT 'TOOL' CHECK (origin IN ('PLATFORM', 'TOOL'));
UPDATE integration.lti_line_item SET origin = 'PLATFORM'
WHERE link_id IN (SELECT id FROM integration.lti_link WHERE kind = 'ASSIGNMENT');
ALTER TABLE integration.lti_line_item ALTER COLUMN origin DROP DEFAULT;

-- A deep-linking answer's plain `link` items become lesson links (WEB): opened directly, never launched.
ALTER TABLE integration.lti_link DROP CONSTRAINT lti_link_kind_check;
ALTER TABLE integration.lti_link ADD CONSTRAINT lti_link_kind_check CHECK (kind IN ('LESSON', 'ASSIGNMENT', 'WEB'));

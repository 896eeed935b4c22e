-- Browsing the library by textbook and by knowledge point (issue 26 item 11) reads the published resources placed
-- at a subtree of nodes, or tagged with a subtree of points, and counts them per node and point.
CREATE INDEX resource_textbook_node ON library.resource (textbook_node_id) WHERE status = 'PUBLISHED';
CREATE INDEX resource_knowledge_point_point ON library.resource_knowledge_point (knowledge_point_id);

/**
 * Assignments as stored and who may reach them: the assignment table and its attached files, the access rule (its
 * class's teachers manage it, admins read it once published, the class and its parents once open), the file kinds a
 * teacher may allow (FileKind), and the pages and JSON endpoints where assignments are set, published and read, and
 * the tasks list.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.assignments;

/**
 * Assignments as stored and who may reach them: the assignment table and its attached files, the access rule (its
 * class's teachers manage it, admins read it once published, the class and its parents once open), the photo kinds a
 * file input accepts, and the pages and REST endpoints where assignments are set, published, read and handed in.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.assignments;

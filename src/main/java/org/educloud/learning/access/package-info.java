/**
 * Who the caller is to the learning space, resolved once per request: the classes they teach and the students whose
 * work they follow (themselves as a student, their children as a parent). Every slice of the module decides what the
 * caller may see and do from it.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.access;

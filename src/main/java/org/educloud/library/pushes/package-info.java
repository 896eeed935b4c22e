/**
 * Pushing resources to classes: the teacher's push pages and the push REST API over {@link org.educloud.library.ClassPushes}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.pushes;

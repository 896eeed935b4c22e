/**
 * Courses: their storage (units, lessons, resources, classes attached, lessons learnt), reading them as each reader
 * may (own, shared with the caller's school, district or region), and the course pages and JSON endpoints.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.courses;

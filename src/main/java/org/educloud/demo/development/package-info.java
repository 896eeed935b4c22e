/**
 * The demo teacher-development data: teachers of an urban and a rural demo school, and one more, assessed against the
 * national digital-competence framework, the rural school behind the urban one.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.development;

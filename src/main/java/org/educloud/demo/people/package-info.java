/**
 * The demo roster: classes, students, guardians and staff of the demo schools, with deterministic Chinese names.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.people;

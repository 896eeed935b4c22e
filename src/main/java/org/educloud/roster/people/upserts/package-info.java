/**
 * The one way every import writes students and staff: a batch of checked rows, one small record per person, merged
 * set-wise by natural key (COPY into a temporary table, then one {@code INSERT ... ON CONFLICT}), new people given
 * accounts waiting for activation, people a delta removed brought back, and the one-homeroom rule
 * ({@link org.educloud.roster.people.upserts.HomeroomRule}) applied wherever a student is placed in a class. The
 * school's own student and staff files and the OneRoster import differ only in which fields their rows carry.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.people.upserts;

/**
 * Each student's mastery of each knowledge point: every scored answer is logged and updates P(L) at once with the
 * knowledge point's parameters; a nightly job refits the parameters from all answers and replays mastery with them.
 * Also the readings teachers, parents and students see.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring.mastery;

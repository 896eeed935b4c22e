/**
 * Marking rules for each item type, pure and without storage: what share of an item's points a response earns,
 * or that a teacher must grade it.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.scoring;

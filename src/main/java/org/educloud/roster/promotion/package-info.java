/**
 * Year-end promotion of a school: the preview and the one-step move of every homeroom class up a grade into the new term,
 * graduating the top grade, with its pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.promotion;

/**
 * Reports on teachers' self-assessed digital competence for a school or a bureau: the spread per dimension, the change
 * since the last school year, schools and localities side by side with small groups kept back, the teachers who have
 * not assessed themselves, and the same as a workbook.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.reports;

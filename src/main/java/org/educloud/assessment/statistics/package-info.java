/**
 * A quiz's item analysis as its teacher reads it: the classical figures of the {@code analysis} kernel computed
 * from the first submitted attempt of each student, with the class × knowledge-point table, on a page and as a
 * workbook.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.statistics;

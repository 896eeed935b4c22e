/**
 * Grades as stored (score, rubric levels, feedback, release) and the gradebook: a class's students by its published
 * assignments with averages, on the page, as a spreadsheet and over JSON.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.gradebook;

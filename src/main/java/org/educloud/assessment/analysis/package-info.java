/**
 * Classical item analysis of one quiz sitting (issue 28): from a {@link org.educloud.assessment.analysis.ScoreSheet}
 * of students × items it computes each item's difficulty, discrimination (corrected item-total correlation and the
 * upper/lower 27 % index) and distractor choice shares with the usual flags, the whole test's reliability
 * (Cronbach's alpha, KR-20), standard error of measurement and score distribution, and a group × knowledge-point
 * table. Pure computation: no Spring, no database, no I/O, so the same kernel serves the page, the XLSX export and
 * the benchmark. A figure that cannot be computed (too few students, no variance) is a
 * {@link org.educloud.assessment.analysis.Figure} with the reason, never NaN.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.analysis;

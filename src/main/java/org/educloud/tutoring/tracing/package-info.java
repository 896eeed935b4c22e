/**
 * Bayesian Knowledge Tracing (Corbett &amp; Anderson, 1995), the mastery model of the tutoring module, in plain Java
 * with no framework: the parameters of one knowledge point ({@link org.educloud.tutoring.tracing.BktParameters}),
 * the online update of a student's mastery after one answer ({@link org.educloud.tutoring.tracing.MasteryUpdate}),
 * the columnar log of responses grouped by knowledge point and student
 * ({@link org.educloud.tutoring.tracing.ResponseLog}), the expectation-maximisation fit of the parameters per
 * knowledge point ({@link org.educloud.tutoring.tracing.BktFitter}) with its fallback to defaults for sparse
 * knowledge points, one-step-ahead forecasts for evaluation ({@link org.educloud.tutoring.tracing.Forecasts}) and
 * simulated students for tests, benchmarks and demo data ({@link org.educloud.tutoring.tracing.SimulatedStudents}).
 *
 * <p>Items tagged with several knowledge points: the answer is one observation for <em>each</em> tagged knowledge
 * point, both when fitting and when updating mastery online (the same choice as pyBKT's data with multi-skill rows
 * duplicated); see {@link org.educloud.tutoring.tracing.ResponseLog.Builder#add(int[], int, boolean)} and
 * {@code docs/knowledge-tracing.md}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring.tracing;

/**
 * The official county balance indicators as a page: each school's confirmed figures as amounts per student
 * ({@code SchoolFigures}), the student-weighted values the difference coefficients are computed from, and the county
 * and school balance pages. The computation itself is the {@code ComputingBalance} facade in the module root, because
 * the portal shows its verdict.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.balance;

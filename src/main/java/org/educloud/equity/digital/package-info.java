/**
 * Digital equity: use of the learning platform (uses and active days per student, uploads and pushes per teacher, hand-in rates) by school and class, with the disparity
 * measures (Gini, Theil and its urban/rural decomposition, parity index) of DOMAIN §3, the per-class drill-down, and
 * their pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.digital;

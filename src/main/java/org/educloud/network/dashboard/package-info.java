/**
 * The bureau's connectivity dashboard: connected share (学校联网率), bandwidth per school and per student, shares of
 * schools at 100 and 1000 Mbit/s, multimedia-classroom coverage, urban, town and rural side by side with their
 * parity index, drill-down from region to district to school; and the same figures by locality for equity
 * monitoring ({@link org.educloud.network.ConnectivityFigures}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.dashboard;

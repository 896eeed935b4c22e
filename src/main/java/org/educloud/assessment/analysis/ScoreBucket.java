package org.educloud.assessment.analysis;

/**
 * One bar of the score distribution: students whose total is at least {@code from} and below {@code to}; the last
 * bucket also holds the students with the maximum total.
 */
public record ScoreBucket(double from, double to, int students) {
}

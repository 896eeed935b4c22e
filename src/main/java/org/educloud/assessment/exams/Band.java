package org.educloud.assessment.exams;

/** A score band [{@code from}, {@code to}) and how many sat within it; the top band includes full marks. */
public record Band(double from, double to, int students) {
}

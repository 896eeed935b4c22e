package org.educloud.assessment.exams;

/**
 * Full marks of a subject (or of the total) and the two lines the analysis counts against: at or above
 * {@code passLine} passes (及格), at or above {@code excellentLine} is excellent (优秀).
 */
public record Lines(double fullMarks, double passLine, double excellentLine) {

    public static Lines of(double fullMarks, double passRatio, double excellentRatio) {
        return new Lines(fullMarks, round(fullMarks * passRatio), round(fullMarks * excellentRatio));
    }

    /** The lines of a total: the sums of the subjects' lines. */
    public Lines plus(Lines other) {
        return new Lines(round(fullMarks + other.fullMarks), round(passLine + other.passLine),
                round(excellentLine + other.excellentLine));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

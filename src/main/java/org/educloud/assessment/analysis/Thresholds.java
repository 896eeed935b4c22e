package org.educloud.assessment.analysis;

/**
 * The rule-of-thumb bounds the flags use. None of them is a law; they are the bounds classical test theory texts
 * teach for classroom tests, kept in one place so the page can print them next to the flags.
 *
 * <ul>
 *   <li>Discrimination index D (upper minus lower 27 %): R. L. Ebel, <i>Essentials of Educational Measurement</i>
 *       (Prentice-Hall, 1972; also Ebel &amp; Frisbie, 5th ed. 1991): D ≥ 0.40 very good, 0.30–0.39 reasonably good,
 *       0.20–0.29 marginal (usually needs improvement), below 0.20 poor (revise or discard). The 27 % groups are
 *       T. L. Kelley's, "The selection of upper and lower groups for the validation of test items", <i>Journal of
 *       Educational Psychology</i> 30 (1939), 17–24.</li>
 *   <li>The corrected item-total (point-biserial) correlation is read on the same 0.20 floor, as commonly done for
 *       classroom tests; a negative value means stronger students did worse on the item, most often a wrong key.</li>
 *   <li>Difficulty p (share of the maximum earned): below 0.20 too hard and above 0.90 too easy to tell students
 *       apart. These are practice, not a source's rule: an item almost everyone (or almost no
 *       one) gets right leaves few students on the other side to tell apart, and classroom item-analysis guides put
 *       their cut-offs around these values; issue 28 fixes these two.</li>
 * </ul>
 */
public final class Thresholds {

    /** Difficulty below this: too hard. */
    public static final double TOO_HARD_BELOW = 0.20;
    /** Difficulty above this: too easy. */
    public static final double TOO_EASY_ABOVE = 0.90;
    /** Discrimination (D or corrected item-total r) below this: weak (Ebel's "poor"). */
    public static final double WEAK_DISCRIMINATION_BELOW = 0.20;
    /** Ebel: D at or above this is marginal rather than poor. */
    public static final double MARGINAL_FROM = 0.20;
    /** Ebel: D at or above this is reasonably good. */
    public static final double REASONABLY_GOOD_FROM = 0.30;
    /** Ebel: D at or above this is very good. */
    public static final double VERY_GOOD_FROM = 0.40;
    /** Kelley's share of students in each of the upper and lower groups. */
    public static final double GROUP_SHARE = 0.27;

    /**
     * Figures are compared with the bounds after allowing for rounding: 1 − 0.8 is 0.19999999999999996 in binary
     * floating point, and a D that a teacher computes as 0.20 must not be graded "poor".
     */
    static final double ROUNDING = 1e-9;

    private Thresholds() {
    }
}

package org.educloud.assessment.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One item's column of a {@link ScoreSheet}: the score each student earned, whether they answered at all, the
 * item's maximum score, and for a choice item what each student chose. A missing answer scores 0 (the quiz counts it
 * so) but stays visible as unanswered, so an item nobody reached is reported rather than taken for a very hard one.
 */
public final class ItemColumn {

    private final long itemId;
    private final double maxScore;
    private final double[] scores;
    private final boolean[] answered;
    private final @Nullable ChoiceResponses choices;

    ItemColumn(long itemId, double maxScore, int students, @Nullable ChoiceResponses choices) {
        if (!(maxScore > 0) || !Double.isFinite(maxScore)) {
            throw new IllegalArgumentException("item " + itemId + " needs a positive maximum score, had " + maxScore);
        }
        this.itemId = itemId;
        this.maxScore = maxScore;
        this.scores = new double[students];
        this.answered = new boolean[students];
        this.choices = choices;
    }

    public long itemId() {
        return itemId;
    }

    public double maxScore() {
        return maxScore;
    }

    public int students() {
        return scores.length;
    }

    public double score(int student) {
        return scores[student];
    }

    public boolean answered(int student) {
        return answered[student];
    }

    /** What students chose, for a choice item; null for every other item type. */
    public @Nullable ChoiceResponses choices() {
        return choices;
    }

    /**
     * Whether every score is 0 or the maximum (right/wrong), the condition for KR-20 and for reading the corrected
     * item-total correlation as a point-biserial.
     */
    public boolean dichotomous() {
        for (double score : scores) {
            if (score != 0 && score != maxScore) {
                return false;
            }
        }
        return true;
    }

    void record(int student, double score) {
        if (!(score >= 0 && score <= maxScore)) {
            throw new IllegalArgumentException("item " + itemId + " scores 0 to " + maxScore + ", student " + student
                    + " had " + score);
        }
        scores[student] = score;
        answered[student] = true;
    }

    void markAnswered(int student) {
        answered[student] = true;
    }

    /** The raw column, for the analysis' loops; never handed out. */
    double[] scoreArray() {
        return scores;
    }
}

package org.educloud.assessment.analysis;

/**
 * How often one option of a choice item was chosen: by everyone (share of all students who sat the quiz, so the
 * shares of a single-choice item and its omissions add up to 1) and within the upper and lower 27 % groups. On a
 * good item the key draws more of the upper group and every distractor more of the lower group.
 *
 * @param option     the option identifier as offered, e.g. "B"
 * @param key        whether the option is (part of) the key
 * @param chosenBy   students who chose it
 * @param share      chosenBy / students; undefined only when no student sat the quiz
 * @param upperShare the upper group's share choosing it; undefined with fewer than two students
 * @param lowerShare the lower group's share choosing it; undefined with fewer than two students
 */
public record OptionShare(String option, boolean key, int chosenBy, Figure share, Figure upperShare,
                         Figure lowerShare) {

    /** A wrong option nobody chose: it distracts no one. */
    public boolean neverChosen() {
        return !key && chosenBy == 0;
    }

    /** A wrong option the upper group chose more often than the lower group. */
    public boolean attractsUpperGroup() {
        return !key && upperShare.defined() && lowerShare.defined()
                && upperShare.orElseThrow() > lowerShare.orElseThrow();
    }
}

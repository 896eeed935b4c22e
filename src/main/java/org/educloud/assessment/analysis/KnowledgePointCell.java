package org.educloud.assessment.analysis;

/**
 * One cell of the group × knowledge-point table: how much of the points available on a knowledge point a group of
 * students earned.
 *
 * @param group          the group (e.g. a class id)
 * @param knowledgePoint the knowledge point id
 * @param students       students of the group on the sheet
 * @param items          items tagged with the knowledge point
 * @param answers        answers given (student × item pairs answered; the rest scored 0)
 * @param pointsEarned   points the group earned on those items
 * @param pointsPossible students × the items' maximum scores
 */
public record KnowledgePointCell(long group, long knowledgePoint, int students, int items, int answers,
                                 double pointsEarned, double pointsPossible) {

    /**
     * The score rate (得分率), points earned / points possible. Every student of the cell faces the same items, so
     * this is also the mean over the group's students of each student's share of the points on the knowledge point.
     * Always defined: a cell exists only for a group with students and a knowledge point with items.
     */
    public double scoreRate() {
        return pointsEarned / pointsPossible;
    }
}

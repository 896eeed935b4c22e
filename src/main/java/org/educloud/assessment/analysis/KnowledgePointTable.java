package org.educloud.assessment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The group × knowledge-point table of one sitting, e.g. classes × knowledge points for the teacher's page. An item
 * tagged with k knowledge points counts fully for each of them: tags say what an item needs, and a student who
 * fails an item needing two points gives evidence on both; splitting the item's points would make a knowledge
 * point's rate depend on what it was tagged with alongside.
 *
 * @param groups          the groups present, ascending
 * @param knowledgePoints the knowledge points tagged on at least one item, ascending
 * @param cells           one per group × knowledge point, by group then knowledge point
 * @param untaggedItems   ids of items without a knowledge point, left out of the table (reported, not dropped
 *                        silently)
 */
public record KnowledgePointTable(List<Long> groups, List<Long> knowledgePoints, List<KnowledgePointCell> cells,
                                  List<Long> untaggedItems) {

    public KnowledgePointTable {
        groups = List.copyOf(groups);
        knowledgePoints = List.copyOf(knowledgePoints);
        cells = List.copyOf(cells);
        untaggedItems = List.copyOf(untaggedItems);
    }

    /**
     * Builds the table.
     *
     * @param sheet                 the sitting's scores
     * @param groupOfStudent        each student's group, in the sheet's student order
     * @param knowledgePointsOfItem the knowledge points of each item id; ids not on the sheet are ignored
     */
    public static KnowledgePointTable of(ScoreSheet sheet, long[] groupOfStudent,
                                         Map<Long, ? extends Collection<Long>> knowledgePointsOfItem) {
        int n = sheet.students();
        if (groupOfStudent.length != n) {
            throw new IllegalArgumentException(groupOfStudent.length + " groups given for " + n + " students");
        }
        long[] groups = Arrays.stream(groupOfStudent).distinct().sorted().toArray();
        long[] points = sheet.items().stream()
                .flatMap(item -> tagsOf(knowledgePointsOfItem, item).stream())
                .mapToLong(Long::longValue).distinct().sorted().toArray();
        int[] groupIndex = new int[n];
        int[] studentsPerGroup = new int[groups.length];
        for (int s = 0; s < n; s++) {
            groupIndex[s] = Arrays.binarySearch(groups, groupOfStudent[s]);
            studentsPerGroup[groupIndex[s]]++;
        }
        Tally tally = new Tally(groups.length, points.length);
        List<Long> untagged = new ArrayList<>();
        for (ItemColumn item : sheet.items()) {
            Collection<Long> tags = tagsOf(knowledgePointsOfItem, item);
            if (tags.isEmpty()) {
                untagged.add(item.itemId());
                continue;
            }
            for (long point : tags.stream().mapToLong(Long::longValue).distinct().toArray()) {
                tally.add(item, Arrays.binarySearch(points, point), groupIndex, studentsPerGroup);
            }
        }
        return new KnowledgePointTable(boxed(groups), boxed(points), tally.cells(groups, points, studentsPerGroup),
                untagged);
    }

    /** The cell of {@code group} × {@code knowledgePoint}, if both are in the table. */
    public Optional<KnowledgePointCell> cell(long group, long knowledgePoint) {
        int g = groups.indexOf(group);
        int k = knowledgePoints.indexOf(knowledgePoint);
        return g < 0 || k < 0 ? Optional.empty() : Optional.of(cells.get(g * knowledgePoints.size() + k));
    }

    private static Collection<Long> tagsOf(Map<Long, ? extends Collection<Long>> knowledgePointsOfItem,
                                           ItemColumn item) {
        Collection<Long> tags = knowledgePointsOfItem.get(item.itemId());
        return tags == null ? List.of() : tags;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** Running sums per group × knowledge point, in flat arrays indexed group * points + point. */
    private static final class Tally {

        private final int points;
        private final double[] earned;
        private final double[] possible;
        private final int[] items;
        private final int[] answers;

        Tally(int groups, int points) {
            this.points = points;
            this.earned = new double[groups * points];
            this.possible = new double[groups * points];
            this.items = new int[groups * points];
            this.answers = new int[groups * points];
        }

        void add(ItemColumn item, int point, int[] groupIndex, int[] studentsPerGroup) {
            for (int g = 0; g < studentsPerGroup.length; g++) {
                int cell = g * points + point;
                items[cell]++;
                possible[cell] += studentsPerGroup[g] * item.maxScore();
            }
            for (int s = 0; s < groupIndex.length; s++) {
                int cell = groupIndex[s] * points + point;
                earned[cell] += item.score(s);
                if (item.answered(s)) {
                    answers[cell]++;
                }
            }
        }

        List<KnowledgePointCell> cells(long[] groups, long[] pointIds, int[] studentsPerGroup) {
            List<KnowledgePointCell> cells = new ArrayList<>(earned.length);
            for (int g = 0; g < groups.length; g++) {
                for (int k = 0; k < points; k++) {
                    int cell = g * points + k;
                    cells.add(new KnowledgePointCell(groups[g], pointIds[k], studentsPerGroup[g], items[cell],
                            answers[cell], earned[cell], possible[cell]));
                }
            }
            return cells;
        }
    }
}

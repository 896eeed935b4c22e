package org.educloud.assessment.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one quiz sitting: students × items. Students and items are numbered from 0 in the order the caller
 * added them; the caller keeps its own student and attempt ids in the same order. Built once with {@link #builder},
 * then read-only. Each student's total is summed once here, because every statistic of the analysis needs it.
 */
public final class ScoreSheet {

    private final int students;
    private final List<ItemColumn> items;
    private final double[] totals;
    private final double maxTotal;

    private ScoreSheet(int students, List<ItemColumn> items) {
        this.students = students;
        this.items = List.copyOf(items);
        this.totals = new double[students];
        double max = 0;
        for (ItemColumn item : this.items) {
            double[] scores = item.scoreArray();
            for (int s = 0; s < students; s++) {
                totals[s] += scores[s];
            }
            max += item.maxScore();
        }
        this.maxTotal = max;
    }

    public static Builder builder(int students) {
        return new Builder(students);
    }

    /**
     * A sheet where every student answered every item, from rows of scores: {@code rows[student][item]}. Item ids
     * are 1, 2, … in column order. Handy for tests and for callers that already hold a dense matrix.
     */
    public static ScoreSheet fromRows(double[] maxScores, double[][] rows) {
        Builder sheet = builder(rows.length);
        for (int i = 0; i < maxScores.length; i++) {
            sheet.item(i + 1, maxScores[i]);
        }
        for (int s = 0; s < rows.length; s++) {
            if (rows[s].length != maxScores.length) {
                throw new IllegalArgumentException("student " + s + " has " + rows[s].length + " scores for "
                        + maxScores.length + " items");
            }
            for (int i = 0; i < maxScores.length; i++) {
                sheet.score(s, i, rows[s][i]);
            }
        }
        return sheet.build();
    }

    public int students() {
        return students;
    }

    public int itemCount() {
        return items.size();
    }

    public List<ItemColumn> items() {
        return items;
    }

    public ItemColumn item(int index) {
        return items.get(index);
    }

    /** The student's total over all items (missing answers count 0). */
    public double total(int student) {
        return totals[student];
    }

    /** The most a student can score: the sum of the items' maximum scores. */
    public double maxTotal() {
        return maxTotal;
    }

    /** The raw totals, for the analysis' loops; never handed out. */
    double[] totalArray() {
        return totals;
    }

    /**
     * Collects one sitting's scores. Add the items first, then record each answer; a student who never answers an
     * item scores 0 on it and counts as not having answered it. Single-use: {@link #build()} ends it.
     */
    public static final class Builder {

        private final int students;
        private final List<ItemColumn> items = new ArrayList<>();
        private final Set<Long> itemIds = new HashSet<>();
        private boolean built;

        private Builder(int students) {
            if (students < 0) {
                throw new IllegalArgumentException("students must not be negative, was " + students);
            }
            this.students = students;
        }

        /** Adds an item without choices (fill-in, matching, essay…); returns its index for {@link #score}. */
        public int item(long itemId, double maxScore) {
            return add(itemId, maxScore, null);
        }

        /**
         * Adds a choice item with its options as offered and its key (one option for single choice and true/false,
         * several for multiple choice); returns its index for {@link #score} and {@link #choose}.
         */
        public int choiceItem(long itemId, double maxScore, List<String> options, Collection<String> key) {
            return add(itemId, maxScore, new ChoiceResponses(options, key, students));
        }

        /** Records the score {@code student} earned on {@code item} (0 to the item's maximum). */
        public Builder score(int student, int item, double score) {
            column(item).record(checked(student), score);
            return this;
        }

        /**
         * Records the options {@code student} chose on a choice item. The score is recorded separately with
         * {@link #score}, since partial credit on multiple choice is the quiz's rule, not the analysis'.
         */
        public Builder choose(int student, int item, Collection<String> options) {
            ItemColumn column = column(item);
            ChoiceResponses choices = column.choices();
            if (choices == null) {
                throw new IllegalArgumentException("item " + column.itemId() + " is not a choice item");
            }
            choices.record(checked(student), options);
            if (!options.isEmpty()) {
                column.markAnswered(student);
            }
            return this;
        }

        public ScoreSheet build() {
            ensureOpen();
            built = true;
            return new ScoreSheet(students, items);
        }

        private int add(long itemId, double maxScore, @Nullable ChoiceResponses choices) {
            ensureOpen();
            if (!itemIds.add(itemId)) {
                throw new IllegalArgumentException("item " + itemId + " added twice");
            }
            items.add(new ItemColumn(itemId, maxScore, students, choices));
            return items.size() - 1;
        }

        private ItemColumn column(int item) {
            ensureOpen();
            if (item < 0 || item >= items.size()) {
                throw new IllegalArgumentException("no item " + item + " among " + items.size());
            }
            return items.get(item);
        }

        private int checked(int student) {
            if (student < 0 || student >= students) {
                throw new IllegalArgumentException("no student " + student + " among " + students);
            }
            return student;
        }

        private void ensureOpen() {
            if (built) {
                // the built sheet shares the columns, so a late answer would change an analysed sheet
                throw new IllegalStateException("the sheet is already built");
            }
        }
    }
}

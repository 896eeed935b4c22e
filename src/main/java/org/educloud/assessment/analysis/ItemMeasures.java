package org.educloud.assessment.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Computes one item's {@link ItemStatistics} from its column, the students' totals and the upper/lower groups. */
final class ItemMeasures {

    private ItemMeasures() {
    }

    static ItemStatistics of(ScoreSheet sheet, int index, @Nullable UpperLowerGroups groups) {
        ItemColumn item = sheet.item(index);
        int n = sheet.students();
        int answered = 0;
        for (int s = 0; s < n; s++) {
            if (item.answered(s)) {
                answered++;
            }
        }
        double[] scores = item.scoreArray();
        double max = item.maxScore();
        ChoiceResponses choices = item.choices();
        List<OptionShare> options = choices == null ? List.of() : Distractors.of(choices, n, groups);
        if (n == 0 || answered == 0) {
            Figure none = Figure.undefined(n == 0 ? Undefined.NO_STUDENTS : Undefined.NO_ANSWERS);
            Set<ItemFlag> flags = n == 0 ? Set.of() : Set.of(ItemFlag.NO_ANSWERS);
            return new ItemStatistics(item.itemId(), max, answered, item.dichotomous(), none, none, none, none, none,
                    options, flags);
        }
        Figure difficulty = Figure.of(Moments.share(Moments.mean(scores) / max));
        Figure upper;
        Figure lower;
        Figure d;
        if (groups == null) {
            upper = lower = d = Figure.undefined(Undefined.tooFewStudents(n));
        } else {
            upper = Figure.of(Moments.share(groups.upperMean(scores) / max));
            lower = Figure.of(Moments.share(groups.lowerMean(scores) / max));
            d = Figure.of(Moments.snapToZero(upper.orElseThrow() - lower.orElseThrow()));
        }
        Figure r = itemRestCorrelation(sheet, scores, max);
        return new ItemStatistics(item.itemId(), max, answered, item.dichotomous(), difficulty, r, d, upper, lower,
                options, flags(difficulty, r, d, options));
    }

    /** Pearson's r of the item score with the rest score (total minus the item). */
    private static Figure itemRestCorrelation(ScoreSheet sheet, double[] scores, double max) {
        int n = scores.length;
        if (n < 2) {
            return Figure.undefined(Undefined.FEWER_THAN_TWO_STUDENTS);
        }
        if (sheet.itemCount() < 2) {
            return Figure.undefined(Undefined.FEWER_THAN_TWO_ITEMS);
        }
        double[] totals = sheet.totalArray();
        double meanItem = Moments.mean(scores);
        double meanRest = Moments.mean(totals) - meanItem;
        double itemSquares = 0;
        double restSquares = 0;
        double products = 0;
        for (int s = 0; s < n; s++) {
            double item = scores[s] - meanItem;
            double rest = totals[s] - scores[s] - meanRest;
            itemSquares += item * item;
            restSquares += rest * rest;
            products += item * rest;
        }
        if (Moments.isZero(itemSquares / n, max)) {
            return Figure.undefined(Undefined.NO_ITEM_VARIANCE);
        }
        if (Moments.isZero(restSquares / n, sheet.maxTotal() - max)) {
            return Figure.undefined(Undefined.NO_REST_VARIANCE);
        }
        double r = products / Math.sqrt(itemSquares * restSquares);
        return Figure.of(Moments.snapToZero(Math.max(-1, Math.min(1, r)))); // rounding can step a hair past ±1
    }

    private static Set<ItemFlag> flags(Figure difficulty, Figure r, Figure d, List<OptionShare> options) {
        EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (difficulty.below(Thresholds.TOO_HARD_BELOW)) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (difficulty.above(Thresholds.TOO_EASY_ABOVE)) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (d.below(0) || r.below(0)) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        } else if (d.below(Thresholds.WEAK_DISCRIMINATION_BELOW) || r.below(Thresholds.WEAK_DISCRIMINATION_BELOW)) {
            flags.add(ItemFlag.WEAK_DISCRIMINATION);
        }
        if (options.stream().anyMatch(OptionShare::neverChosen)) {
            flags.add(ItemFlag.DISTRACTOR_NEVER_CHOSEN);
        }
        if (options.stream().anyMatch(OptionShare::attractsUpperGroup)) {
            flags.add(ItemFlag.DISTRACTOR_ATTRACTS_UPPER_GROUP);
        }
        return flags;
    }
}

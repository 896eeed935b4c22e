package org.educloud.assessment.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The classical figures of one item.
 *
 * @param itemId              the item as the sheet named it
 * @param maxScore            the item's maximum score
 * @param answered            students who answered it (the others scored 0 on it)
 * @param dichotomous         whether every score was 0 or the maximum
 * @param difficulty          p: mean score / maximum score (the share of the points earned; for right/wrong items
 *                            the share who got it right); higher is easier
 * @param itemRestCorrelation discrimination as the corrected item-total correlation: Pearson's r between the item
 *                            score and the total score <em>without</em> the item (so the item does not correlate
 *                            with itself); for a right/wrong item this is the corrected point-biserial
 * @param upperLowerIndex     discrimination as D = p(upper 27 %) − p(lower 27 %), groups by total score with the
 *                            item (see {@link UpperLowerGroups} for ties)
 * @param upperDifficulty     p within the upper group
 * @param lowerDifficulty     p within the lower group
 * @param options             choice shares per option, in the order offered; empty for items without options
 * @param flags               what to look at, see {@link ItemFlag}
 */
public record ItemStatistics(long itemId, double maxScore, int answered, boolean dichotomous, Figure difficulty,
                             Figure itemRestCorrelation, Figure upperLowerIndex, Figure upperDifficulty,
                             Figure lowerDifficulty, List<OptionShare> options, Set<ItemFlag> flags) {

    public ItemStatistics {
        options = List.copyOf(options);
        // in declaration order, most fundamental first, for a stable display
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** Ebel's grade of D, when D is defined. */
    public Optional<DiscriminationGrade> grade() {
        return upperLowerIndex.defined()
                ? Optional.of(DiscriminationGrade.of(upperLowerIndex.orElseThrow()))
                : Optional.empty();
    }

    public boolean flagged(ItemFlag flag) {
        return flags.contains(flag);
    }
}

package org.educloud.assessment.analysis;

import java.util.Collection;
import java.util.List;

/**
 * What each student chose on one choice item (single choice, multiple choice, true/false), for distractor analysis.
 * The choices are kept as one bit mask per student over the item's options, in the order the options were given:
 * 2,000 students cost 8 KB, and counting a group's choices is a loop over ints.
 */
public final class ChoiceResponses {

    /** Bit masks are ints; no choice item offers more options than this. */
    public static final int MAX_OPTIONS = 31;

    private final List<String> options;
    private final int keyMask;
    private final int[] chosen;

    ChoiceResponses(List<String> options, Collection<String> key, int students) {
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a choice item offers 1 to " + MAX_OPTIONS + " options, had "
                    + options.size());
        }
        if (options.stream().distinct().count() != options.size()) {
            throw new IllegalArgumentException("options must be distinct: " + options);
        }
        this.options = List.copyOf(options);
        this.chosen = new int[students];
        int mask = maskOf(key);
        if (mask == 0) {
            throw new IllegalArgumentException("a choice item needs a key among its options " + options);
        }
        this.keyMask = mask;
    }

    /** The option identifiers as offered, e.g. A, B, C, D (before any shuffling a student saw). */
    public List<String> options() {
        return options;
    }

    public boolean isKey(int option) {
        return (keyMask & (1 << option)) != 0;
    }

    /** Whether {@code student} chose {@code option} (an index into {@link #options()}). */
    public boolean chose(int student, int option) {
        return (chosen[student] & (1 << option)) != 0;
    }

    /** Whether {@code student} chose any option at all; a blank answer is an omission, not a choice. */
    public boolean choseAny(int student) {
        return chosen[student] != 0;
    }

    void record(int student, Collection<String> choice) {
        chosen[student] = maskOf(choice);
    }

    private int maskOf(Collection<String> choice) {
        int mask = 0;
        for (String option : choice) {
            int index = options.indexOf(option);
            if (index < 0) {
                // an option the item does not offer means the response belongs to another version of the item
                throw new IllegalArgumentException("option " + option + " is not one of " + options);
            }
            mask |= 1 << index;
        }
        return mask;
    }
}

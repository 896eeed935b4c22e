package org.educloud.assessment;

import java.util.List;

/**
 * An item served for practice, without its key: what the practice page shows. The choices of a choice or matching
 * item are in the order the page shows them; {@code blankOptions} has, per blank, the list it is chosen from (empty
 * for a blank to type into).
 */
public record PracticeItem(long itemId, int version, ItemType type, int difficulty, String stem,
                           List<ItemContent.Choice> choices, List<ItemContent.Choice> targets, int blanks,
                           List<List<String>> blankOptions) {
}

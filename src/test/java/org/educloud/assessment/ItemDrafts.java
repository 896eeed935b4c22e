package org.educloud.assessment;

import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent.Blank;
import org.educloud.assessment.ItemContent.Choice;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;

/**
 * Bank items for tests, as a teacher writes them: a primary mathematics item of grade 3 and difficulty 2,
 * private to its author unless shared, tagged with the knowledge points given.
 * <pre>
 * bank.create(teacher, aSingleChoice("½ 和 2/4 相等吗？", "A").on(fractions).sharedIn(Sharing.SCHOOL).build());
 * </pre>
 */
public final class ItemDrafts {

    private ItemDrafts() {
    }

    /** Two options, 相等 (A) and 不相等 (B); {@code key} the correct one. */
    public static Builder aSingleChoice(String stem, String key) {
        return new Builder(new ItemContent(ItemType.SINGLE_CHOICE, stem,
                List.of(new Choice("A", "相等"), new Choice("B", "不相等")), List.of(), List.of(key), Map.of(),
                List.of(), "", "", ""));
    }

    /** One gap to type into, which accepts {@code accepted}. */
    public static Builder aBlank(String stem, String accepted) {
        return new Builder(new ItemContent(ItemType.FILL_BLANK, stem, List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of(accepted), null, 0)), "", "", ""));
    }

    /** A written answer the teacher grades. */
    public static Builder aShortAnswer(String stem) {
        return new Builder(new ItemContent(ItemType.SHORT_ANSWER, stem, List.of(), List.of(), List.of(), Map.of(),
                List.of(), "", "写出通分的步骤", "步骤完整得满分"));
    }

    public static final class Builder {

        private ItemContent content;
        private List<Long> knowledgePoints = List.of();
        private Sharing sharing = Sharing.PRIVATE;
        private int difficulty = 2;

        private Builder(ItemContent content) {
            this.content = content;
        }

        public Builder on(Long... knowledgePoints) {
            this.knowledgePoints = List.of(knowledgePoints);
            return this;
        }

        public Builder sharedIn(Sharing sharing) {
            this.sharing = sharing;
            return this;
        }

        public Builder difficulty(int difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        /** The explanation (解析) shown with the answer. */
        public Builder explained(String explanation) {
            content = new ItemContent(content.type(), content.stem(), content.choices(), content.targets(),
                    content.key(), content.pairs(), content.blanks(), explanation, content.reference(),
                    content.rubric());
            return this;
        }

        public ItemDraft build() {
            return new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, difficulty, "", sharing, knowledgePoints,
                    content);
        }
    }
}

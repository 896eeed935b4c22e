package org.educloud.assessment.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;

/**
 * Editing an item keeps all of it: an imported item may have more options or blanks than a new item's form offers,
 * and keeps its package's identifiers; the form gives it a row for each and letters its options, so saving the
 * form unchanged stores the same item.
 */
class ItemFormRowsTest {

    @Test
    void anImportedChoiceItemWithEightOptionsAndQtiIdentifiersComesBackWhole() {
        List<ItemContent.Choice> choices = IntStream.range(0, 8)
                .mapToObj(i -> new ItemContent.Choice("Choice" + (char) ('A' + i), "选项 " + i)).toList();
        ItemContent imported = new ItemContent(ItemType.MULTIPLE_CHOICE, "哪些是分数？", choices, List.of(),
                List.of("ChoiceB", "ChoiceH"), Map.of(), List.of(), "", "", "");

        ItemForm form = ItemForm.of(item(ItemType.MULTIPLE_CHOICE, imported));

        assertThat(form.rowCount()).isEqualTo(8);
        assertThat(form.cell("choices", 7)).isEqualTo("选项 7");
        assertThat(form.correct("B")).isTrue();
        assertThat(form.correct("H")).isTrue();
        ItemContent saved = form.content();
        assertThat(saved.choices()).hasSize(8);
        assertThat(saved.choices().get(7).html()).isEqualTo("选项 7");
        assertThat(saved.key()).containsExactly("B", "H");
    }

    @Test
    void anItemWithTwelveBlanksKeepsEveryBlank() {
        List<ItemContent.Blank> blanks = IntStream.range(0, 12)
                .mapToObj(i -> new ItemContent.Blank(List.of("答" + i), null, 0, List.of())).toList();
        ItemContent imported = new ItemContent(ItemType.FILL_BLANK, "填空", List.of(), List.of(), List.of(), Map.of(),
                blanks, "", "", "");

        ItemContent saved = ItemForm.of(item(ItemType.FILL_BLANK, imported)).content();

        assertThat(saved.blanks()).hasSize(12);
        assertThat(saved.blanks().get(11).accepted()).containsExactly("答11");
    }

    @Test
    void aNewItemOffersSixRowsAndRowsBeyondTwentySixAreDoubleLetters() {
        assertThat(ItemForm.blank(ItemType.SINGLE_CHOICE).rowCount()).isEqualTo(ItemForm.ROWS);
        assertThat(ItemForm.letter(0)).isEqualTo("A");
        assertThat(ItemForm.letter(25)).isEqualTo("Z");
        assertThat(ItemForm.letter(26)).isEqualTo("AA");
    }

    private static ItemView item(ItemType type, ItemContent content) {
        return new ItemView(1, 1, type, Stage.PRIMARY, Subject.MATHEMATICS, 3, 3, "", Sharing.PRIVATE,
                ReviewStatus.DRAFT, 1, "/1/", "/1/", 1, "作者", List.of(1L), content, Instant.now());
    }
}

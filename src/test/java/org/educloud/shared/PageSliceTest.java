package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One page of a list, as the pager shows it. */
class PageSliceTest {

    @Test
    void forty_five_rows_in_pages_of_twenty_make_three_pages() {
        PageSlice<String> first = new PageSlice<>(List.of("a"), 0, 20, 45);
        PageSlice<String> last = new PageSlice<>(List.of("z"), 2, 20, 45);

        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void an_empty_list_has_no_pages_to_go_to() {
        PageSlice<String> empty = new PageSlice<>(List.of(), 0, 20, 0);

        assertThat(empty.totalPages()).isZero();
        assertThat(empty.hasNext()).isFalse();
        assertThat(new PageSlice<>(List.of(), 0, 0, 5).totalPages()).as("a page size of 0 divides nothing").isZero();
    }

    @Test
    void a_requested_page_number_is_never_negative_nor_beyond_the_largest() {
        assertThat(PageSlice.safePage(-3)).isZero();
        assertThat(PageSlice.safePage(4)).isEqualTo(4);
        assertThat(PageSlice.safePage(Integer.MAX_VALUE)).isEqualTo(PageSlice.MAX_PAGE);
    }

    @Test
    void mapping_the_rows_keeps_the_place_in_the_list() {
        PageSlice<Integer> lengths = new PageSlice<>(List.of("张三", "欧阳修"), 1, 2, 9).map(String::length);

        assertThat(lengths.items()).containsExactly(2, 3);
        assertThat(lengths.page()).isEqualTo(1);
        assertThat(lengths.total()).isEqualTo(9);
    }
}

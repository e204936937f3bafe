package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aCursorCarriesTheLastIdOfAPage() {
        PageRequest first = PageRequest.of(2, null);
        Connection<String> page = first.toConnection(List.of("arn:aws:iam::1:role/a", "b", "c"), 10, id -> id);

        assertThat(page.nodes()).containsExactly("arn:aws:iam::1:role/a", "b");
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(PageRequest.of(2, page.pageInfo().endCursor()).afterId()).isEqualTo("b");
        assertThat(PageRequest.of(2, page.edges().getFirst().cursor()).afterId()).isEqualTo("arn:aws:iam::1:role/a");
    }

    @Test
    void theLastPageSaysSo() {
        Connection<String> page = PageRequest.of(5, null).toConnection(List.of("a"), 1, id -> id);
        assertThat(page.pageInfo().hasNextPage()).isFalse();
        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(PageRequest.of(0, null).toConnection(List.of("a"), 1, id -> id).pageInfo().endCursor()).isNull();
    }

    @Test
    void pageSizesAreCappedAndCursorsChecked() {
        assertThat(PageRequest.of(null, null).first()).isEqualTo(PageRequest.DEFAULT_PAGE_SIZE);
        assertThat(PageRequest.of(500, null).parameters()).containsEntry("limit", 501);
        assertThatThrownBy(() -> PageRequest.of(501, null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("first: must be between 0 and 500, was 501");
        assertThatThrownBy(() -> PageRequest.of(-1, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(10, "not a cursor!")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("after");
        assertThatThrownBy(() -> PageRequest.of(10, "eHl6")).as("valid base64, not ours")
                .isInstanceOf(InvalidInputException.class);
    }
}

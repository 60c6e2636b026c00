package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a page lies among groups of rows: the groups the walks read the page from. */
class PageSpanTest {

    private static final long[] SIZES = {3, 0, 4, 2};

    @Test
    void aPageWithinOneGroupSpansThatGroupWithTheRowsBeforeIt() {
        assertThat(PageSpan.of(SIZES, 0, 2)).isEqualTo(new PageSpan(0, 0, 0));
        assertThat(PageSpan.of(SIZES, 4, 2)).isEqualTo(new PageSpan(2, 2, 3));
    }

    @Test
    void aPageStartingAtAGroupsEndBeginsInTheNextGroupWithRows() {
        assertThat(PageSpan.of(SIZES, 3, 1)).isEqualTo(new PageSpan(2, 2, 3));
        assertThat(PageSpan.of(SIZES, 7, 5)).isEqualTo(new PageSpan(3, 3, 7));
    }

    @Test
    void aPageReachingPastAGroupSpansTheNextGroupsUpToTheLast() {
        assertThat(PageSpan.of(SIZES, 2, 2)).isEqualTo(new PageSpan(0, 2, 0));
        assertThat(PageSpan.of(SIZES, 1, 100)).isEqualTo(new PageSpan(0, 3, 0));
    }

    @Test
    void noSpanPastTheRowsOrWithoutGroups() {
        assertThat(PageSpan.of(SIZES, 9, 1)).isNull();
        assertThat(PageSpan.of(new long[0], 0, 1)).isNull();
    }
}

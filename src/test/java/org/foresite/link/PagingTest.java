package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final Map<String, List<Integer>> GROUPS = Map.of("A", List.of(1, 2, 3), "B", List.of(4, 5),
            "C", List.of(6, 7, 8, 9, 10, 11, 12), "D", List.of(13));

    /** The pages as text: each page after a bar, each slice as its group (+ when continued) and items. */
    private static String cut(List<String> groups, int capacity) {
        StringBuilder s = new StringBuilder();
        for (List<Paging.Slice<String, Integer>> page : Paging.cut(groups, GROUPS::get, i -> 1, capacity)) {
            s.append('|');
            for (Paging.Slice<String, Integer> slice : page) {
                s.append(slice.group()).append(slice.continued() ? "+" : "").append(slice.items());
            }
        }
        return s.toString();
    }

    @Test
    void groupsThatFitShareAPage() {
        assertEquals("|A[1, 2, 3]B[4, 5]D[13]", cut(List.of("A", "B", "D"), 8));
    }

    @Test
    void aGroupThatWouldOverflowAHalfFullPageStartsTheNext() {
        assertEquals("|A[1, 2, 3]|B[4, 5]D[13]", cut(List.of("A", "B", "D"), 4));
    }

    @Test
    void aGroupFillsAPageLessThanHalfFullAndGoesOnOnTheNext() {
        assertEquals("|A[1, 2, 3]C[6, 7, 8, 9, 10, 11]|C+[12]", cut(List.of("A", "C"), 9));
    }

    @Test
    void aGroupBiggerThanAPageIsSplitOverAsManyAsItNeeds() {
        assertEquals("|C[6, 7, 8]|C+[9, 10, 11]|C+[12]D[13]", cut(List.of("C", "D"), 3));
    }

    @Test
    void nothingToListIsOneEmptyPage() {
        assertEquals("|", cut(List.of(), 3));
    }

    @Test
    void weightsCountAgainstTheCapacity() {
        // Timeline pages weigh an issue by its line and its articles' lines.
        var pages = Paging.cut(List.of("A", "B"), GROUPS::get, i -> i, 6);
        assertEquals(List.of(List.of(1, 2, 3)), pages.get(0).stream().map(Paging.Slice::items).toList());
        assertEquals(List.of(List.of(4), List.of(5)), List.of(pages.get(1).get(0).items(), pages.get(2).get(0).items()));
    }
}

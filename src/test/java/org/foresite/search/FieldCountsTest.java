package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCountsTest {

    @Test
    void packsEachStemAsAFieldMaskThenItsNonZeroCounts() {
        char[] packed = SearchIndexBuilder.fieldCounts(List.of(
                new int[] {0, 0, 0, 0, 3},
                new int[] {1, 0, 2, 0, 0},
                new int[] {0, 7, 0, 0, 0}));
        assertArrayEquals(new char[] {0b10000, 3, 0b00101, 1, 2, 0b00010, 7}, packed);
    }

    @Test
    void aCountPastTheCharRangeIsHeldAtItsLargestValue() {
        char[] packed = SearchIndexBuilder.fieldCounts(List.of(new int[] {70_000, 0, 0, 0, 0}));
        assertArrayEquals(new char[] {1, Character.MAX_VALUE}, packed);
    }
}

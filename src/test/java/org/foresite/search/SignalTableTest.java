package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignalTableTest {
    @Test
    void aColumnsRowOrderIsTheOrderItsComparatorGives() {
        Random random = new Random(23);
        for (int n = 0; n < 2_000; n++) {
            int[] ranks = new int[random.nextInt(60)];
            int distinct = 1 + random.nextInt(12);
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(distinct);
            }
            for (boolean descending : new boolean[] {false, true}) {
                int[] expected = IntStream.range(0, ranks.length).boxed().sorted(byDefinition(ranks, descending))
                        .mapToInt(Integer::intValue).toArray();
                assertArrayEquals(expected, SignalTable.sorted(ranks, descending));
            }
        }
    }

    /** By value (ascending or descending), equal values in row order, empty last. */
    private static Comparator<Integer> byDefinition(int[] ranks, boolean descending) {
        return Comparator.comparing((Integer o) -> ranks[o] == 0)
                .thenComparingInt(o -> descending ? -ranks[o] : ranks[o])
                .thenComparingInt(o -> o);
    }

    @Test
    void localRanksKeepTheOrderInSmallerNumbers() {
        Random random = new Random(31);
        for (int n = 0; n < 2_000; n++) {
            int[] ranks = new int[1 + random.nextInt(50)];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(20);
            }
            int[] ordinals = IntStream.range(0, ranks.length).filter(i -> random.nextBoolean()).toArray();
            int[] distinct = IntStream.of(ordinals).map(o -> ranks[o]).filter(r -> r > 0).distinct().sorted().toArray();
            int[] expected = IntStream.of(ordinals).map(o -> ranks[o] == 0 ? 0
                    : java.util.Arrays.binarySearch(distinct, ranks[o]) + 1).toArray();
            assertArrayEquals(expected, SignalIndex.localRanks(ranks, ordinals));
        }
    }
}

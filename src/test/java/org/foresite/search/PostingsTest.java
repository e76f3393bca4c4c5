package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void numbersRoundTripWithoutSeparators() {
        StringBuilder sb = new StringBuilder();
        int[] values = {0, 1, 31, 32, 1023, 1024, 54321, Integer.MAX_VALUE};
        for (int v : values) {
            Postings.appendNumber(sb, v);
        }
        assertEquals("w" + "x" + "_" + "1w" + "v_" + "10w", sb.substring(0, 10));
        assertArrayEquals(values, Postings.decodeNumbers(sb.toString()));
    }

    @Test
    void postingsEncodeDeltasAndWeights() {
        Random random = new Random(7);
        int[] expected = new int[2000];
        int[] docs = new int[1000];
        int[] weights = new int[1000];
        int doc = 0;
        for (int i = 0; i < 1000; i++) {
            doc += 1 + random.nextInt(40);
            int weight = random.nextInt(200_000);
            docs[i] = doc;
            weights[i] = weight;
            expected[2 * i + 1] = weight;
        }
        int[] numbers = Postings.decodeNumbers(Postings.encode(docs, weights, 0, docs.length));
        assertEquals(2000, numbers.length);
        int total = 0;
        for (int i = 0; i < 2000; i += 2) {
            total += numbers[i];
            assertEquals(expected[i + 1], numbers[i + 1]);
        }
        assertEquals(doc, total, "deltas add up to the last document");
    }

    @Test
    void shardStartsAreTheShortestPrefixesThatStillSortAfterThePreviousShard() {
        assertEquals("reg", SearchIndexBuilder.shortestStart("reefs", "regulation"));
        assertEquals("regulation", SearchIndexBuilder.shortestStart("regulatio", "regulation"));
        assertEquals("b", SearchIndexBuilder.shortestStart("azure", "banana"));
    }

    @Test
    void theBrowsersDefaultFoldingStripsLatinDiacriticsOnly() {
        assertEquals("e", SearchIndexBuilder.browserDefaultFold("É"));
        assertEquals("ß", SearchIndexBuilder.browserDefaultFold("ß"), "ß is the table's business (ss)");
        assertEquals("ά", SearchIndexBuilder.browserDefaultFold("Ά"), "Greek keeps its tonos, as Lucene's folding does");
        assertEquals("ि", SearchIndexBuilder.browserDefaultFold("ि"));
    }
}

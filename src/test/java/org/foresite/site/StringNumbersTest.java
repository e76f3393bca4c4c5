package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringNumbersTest {
    /** The definition: a string's number is how many distinct strings were met before its first time. */
    @Test
    void numbersStringsInTheOrderFirstMetAsAHashMapWould() {
        Random random = new Random(13);
        BinaryFile.StringNumbers table = new BinaryFile.StringNumbers();
        Map<String, Integer> definition = new HashMap<>();
        for (int n = 0; n < 200_000; n++) {
            String s = randomString(random);
            if (random.nextInt(3) == 0) {
                s = new String(s); // equal text, another instance
            }
            Integer expected = definition.putIfAbsent(s, definition.size());
            assertEquals(expected == null ? -1 : expected, table.numberOrAdd(s), s);
        }
        assertEquals(definition.size(), table.size());
        assertTrue(definition.size() > 20_000, "the table grew many times: " + definition.size());
    }

    @Test
    void tellsApartStringsWithTheSameHash() {
        BinaryFile.StringNumbers table = new BinaryFile.StringNumbers();
        // "Aa" and "BB" have the same String.hashCode, and so do their concatenations.
        String[] same = {"AaAa", "AaBB", "BBAa", "BBBB"};
        assertEquals(same[0].hashCode(), same[3].hashCode());
        for (int i = 0; i < same.length; i++) {
            assertEquals(-1, table.numberOrAdd(same[i]));
        }
        for (int i = 0; i < same.length; i++) {
            assertEquals(i, table.numberOrAdd(new String(same[i])));
        }
        assertEquals(-1, table.numberOrAdd(""));
        assertEquals(4, table.numberOrAdd(""));
    }

    private static String randomString(Random random) {
        int length = random.nextInt(9);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("aAbB’é".charAt(random.nextInt(6)));
        }
        return s.toString();
    }
}

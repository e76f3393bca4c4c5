package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollationKeysTest {
    private final Collator collator = english();
    private final CollationKeys keys = new CollationKeys();

    @Test
    void everyOneOrTwoCharacterAsciiTextHasTheCollatorsOwnKey() {
        assertTrue(CollationKeys.usesTable(), "the ASCII table is in use on this runtime");
        for (char a = ' '; a <= '~'; a++) {
            assertSameKey(String.valueOf(a));
            for (char b = ' '; b <= '~'; b++) {
                assertSameKey("" + a + b);
            }
        }
    }

    @Test
    void randomAsciiTermsHaveTheCollatorsOwnKey() {
        Random random = new Random(11);
        String common = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ---...''&+#/()";
        for (int n = 0; n < 30_000; n++) {
            StringBuilder term = new StringBuilder();
            for (int i = 0, length = 1 + random.nextInt(30); i < length; i++) {
                term.append(random.nextInt(4) == 0 ? (char) (' ' + random.nextInt(95))
                        : common.charAt(random.nextInt(common.length())));
            }
            assertSameKey(term.toString());
        }
    }

    @Test
    void keysOfAsciiAndOtherTermsSortTogetherAsTheCollatorSortsThem() {
        List<String> terms = new ArrayList<>(List.of("Zoë", "zoe", "Zoe", "Éclair", "eclair", "Eclairs", "ÉCLAIR",
                "Ångström", "angstrom", "Łódź", "lodz", "Lodz", "C++", "C#", "c", "AI", "ai", "A.I.", "A-I",
                "AI ethics", "AI-ethics", "AIethics", "naïve", "naive", "Naive", "co-operation", "cooperation",
                "straße", "strasse", "DALL·E 2", "DALL-E 2", "dall e 2", "5G", "5g", "6G networks", "", " ", "-",
                "café", "cafe", "Café", "œuvre", "oeuvre", "ﬁnance", "finance", "Ⅻ", "12"));
        List<String> byKeys = new ArrayList<>(terms);
        byKeys.sort(Comparator.comparing(keys::of).thenComparing(Comparator.naturalOrder()));
        terms.sort(Comparator.comparing((String t) -> t, collator).thenComparing(Comparator.naturalOrder()));
        assertEquals(terms, byKeys);
        assertEquals(List.of("ai", "AI", "A-I"), byKeys.subList(byKeys.indexOf("ai"), byKeys.indexOf("ai") + 3));
    }

    private void assertSameKey(String text) {
        assertEquals(CollationKeys.viaCollator(collator, text), keys.of(text), () -> "key of '" + text + "'");
    }

    private static Collator english() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}

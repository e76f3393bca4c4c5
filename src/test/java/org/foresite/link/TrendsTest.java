package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrendsTest {
    @Test
    void theReferenceDateIsTheNewestWhoseYearHoldsATenthOfTheDates() {
        Random random = new Random(13);
        for (int n = 0; n < 3_000; n++) {
            List<LocalDate> dates = new ArrayList<>();
            LocalDate base = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
            for (int k = random.nextInt(60); k > 0; k--) {
                dates.add(base.plusDays(random.nextInt(random.nextBoolean() ? 60 : 1500)));
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                dates.add(LocalDate.of(2029 + random.nextInt(60), 1 + random.nextInt(12), 1)); // stray future dates
            }
            for (int k = random.nextInt(10); k > 0 && !dates.isEmpty(); k--) {
                dates.add(dates.get(random.nextInt(dates.size()))); // the same issue date again
            }
            dates.sort(Comparator.reverseOrder());
            assertEquals(byDefinition(dates), Trends.reference(dates), dates.toString());
        }
        assertNull(Trends.reference(List.of()));
        assertEquals(LocalDate.of(2024, 5, 1), Trends.reference(List.of(LocalDate.of(2024, 5, 1))));
    }

    /** Each date's window counted anew, newest date first. */
    private static LocalDate byDefinition(List<LocalDate> dates) {
        for (LocalDate d : dates) {
            LocalDate from = d.minusMonths(12);
            long inWindow = dates.stream().filter(x -> x.isAfter(from) && !x.isAfter(d)).count();
            if (inWindow * 100 >= (long) Trends.REFERENCE_SHARE_PERCENT * dates.size()) {
                return d;
            }
        }
        return null;
    }
}

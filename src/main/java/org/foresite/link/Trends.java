package org.foresite.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/**
 * Which themes are rising: each theme's share of the articles of the latest twelve months against its share of the
 * twelve before, measured from the knowledge base's own dates, never from the clock, so the same articles always
 * give the same trends.
 *
 * <p>The twelve months end at the <em>reference date</em>: the newest issue date whose preceding twelve months hold
 * at least {@value #REFERENCE_SHARE_PERCENT}% of the dated articles, so that a stray future date (a typo, 2029)
 * does not empty both windows. A theme is judged when it has at least {@value #MIN_ARTICLES} articles in the two
 * windows together; its momentum is the two-proportion z-score of its shares, and it is <em>emerging</em> or
 * <em>fading</em> when that passes {@value #SIGNIFICANT} either way (about 95% confidence), <em>steady</em>
 * otherwise. Each theme also has its articles per quarter over the {@value #QUARTERS} quarters ending with the
 * reference date's.
 */
public record Trends(LocalDate reference, int articlesNow, int articlesBefore, int later, List<String> quarters,
        List<ThemeTrend> emerging, List<ThemeTrend> steady, List<ThemeTrend> fading, int tooFew,
        Map<String, List<Integer>> perQuarter) {
    public static final int MIN_ARTICLES = 2;
    public static final double SIGNIFICANT = 1.96;
    public static final int QUARTERS = 8;
    static final int REFERENCE_SHARE_PERCENT = 10;

    public Trends {
        quarters = List.copyOf(quarters);
        emerging = List.copyOf(emerging);
        steady = List.copyOf(steady);
        fading = List.copyOf(fading);
        perQuarter = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perQuarter));
    }

    /**
     * A judged theme: its articles in the latest twelve months and the twelve before, and its momentum (a z-score:
     * positive when its share grew).
     */
    public record ThemeTrend(String key, String display, int now, int before, double momentum) {
    }

    /**
     * The reference date of issue dates sorted newest first: the newest whose preceding twelve months (after the day
     * twelve months before it, up to it) hold at least {@value #REFERENCE_SHARE_PERCENT}% of them; null for none.
     */
    static LocalDate reference(List<LocalDate> dates) {
        // Newest first, the dates after a window's start are a prefix, and the window holds that prefix but the dates
        // before d: one pass instead of counting each window anew (seconds at 30,000 articles). For a date seen again
        // this undercounts, which changes nothing: its first occurrence had the full count and fell short.
        int afterStart = 0;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            LocalDate from = d.minusMonths(12);
            while (afterStart < dates.size() && dates.get(afterStart).isAfter(from)) {
                afterStart++;
            }
            if ((long) (afterStart - i) * 100 >= (long) REFERENCE_SHARE_PERCENT * dates.size()) {
                return d;
            }
        }
        return null;
    }

    /** The trends of the knowledge base; {@code reference} is null when it has no dated article. */
    public static Trends of(KnowledgeBase kb) {
        List<LocalDate> dates = kb.articles().stream().map(Article::issueDate).filter(java.util.Objects::nonNull)
                .sorted(Comparator.reverseOrder()).toList();
        LocalDate reference = reference(dates);
        if (reference == null) {
            return new Trends(null, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), 0, Map.of());
        }
        LocalDate end = reference;
        LocalDate middle = end.minusMonths(12);
        LocalDate start = end.minusMonths(24);
        int later = (int) dates.stream().filter(d -> d.isAfter(end)).count();
        int now = 0;
        int before = 0;
        Map<String, int[]> counts = new HashMap<>();
        LocalDate firstQuarter = quarterStart(end).minusMonths(3L * (QUARTERS - 1));
        Map<String, int[]> quarterly = new HashMap<>();
        for (Article a : kb.articles()) {
            LocalDate d = a.issueDate();
            if (d == null || d.isAfter(end)) {
                continue;
            }
            boolean inNow = d.isAfter(middle);
            boolean inBefore = !inNow && d.isAfter(start);
            if (inNow) {
                now++;
            } else if (inBefore) {
                before++;
            }
            int quarter = d.isBefore(firstQuarter) ? -1
                    : (int) (java.time.temporal.ChronoUnit.MONTHS.between(firstQuarter, d.withDayOfMonth(1)) / 3);
            for (String key : a.themes().stream().map(TermKey::of).distinct().toList()) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                if (inNow) {
                    c[0]++;
                } else if (inBefore) {
                    c[1]++;
                }
                if (quarter >= 0) {
                    quarterly.computeIfAbsent(key, k -> new int[QUARTERS])[quarter]++;
                }
            }
        }
        List<ThemeTrend> emerging = new ArrayList<>();
        List<ThemeTrend> steady = new ArrayList<>();
        List<ThemeTrend> fading = new ArrayList<>();
        int tooFew = 0;
        Map<String, List<Integer>> perQuarter = new HashMap<>();
        for (Term t : kb.themes()) {
            int[] c = counts.getOrDefault(t.key(), new int[2]);
            int[] q = quarterly.getOrDefault(t.key(), new int[QUARTERS]);
            perQuarter.put(t.key(), java.util.Arrays.stream(q).boxed().toList());
            if (c[0] + c[1] < MIN_ARTICLES) {
                tooFew++;
                continue;
            }
            ThemeTrend trend = new ThemeTrend(t.key(), t.display(), c[0], c[1], momentum(c[0], now, c[1], before));
            (trend.momentum() >= SIGNIFICANT ? emerging : trend.momentum() <= -SIGNIFICANT ? fading : steady).add(trend);
        }
        // Strongest first; ties keep the themes' A–Z order (the list's).
        emerging.sort(Comparator.comparingDouble(ThemeTrend::momentum).reversed());
        fading.sort(Comparator.comparingDouble(ThemeTrend::momentum));
        steady.sort(Comparator.comparingInt((ThemeTrend x) -> -(x.now() + x.before())));
        List<String> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS; i++) {
            LocalDate q = firstQuarter.plusMonths(3L * i);
            quarters.add(q.getYear() + " Q" + ((q.getMonthValue() - 1) / 3 + 1));
        }
        return new Trends(reference, now, before, later, quarters, emerging, steady, fading, tooFew, perQuarter);
    }

    /**
     * The two-proportion z-score of a theme's share now ({@code a} of {@code n}) against before ({@code b} of
     * {@code m}): how many standard errors its share moved. Zero when either window is empty.
     */
    static double momentum(int a, int n, int b, int m) {
        if (n == 0 || m == 0) {
            return 0;
        }
        double p1 = (double) a / n;
        double p2 = (double) b / m;
        double p = (double) (a + b) / (n + m);
        double se = Math.sqrt(p * (1 - p) * (1.0 / n + 1.0 / m));
        return se == 0 ? 0 : Math.rint((p1 - p2) / se * 1000) / 1000;
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}

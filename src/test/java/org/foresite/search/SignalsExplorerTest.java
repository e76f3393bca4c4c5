package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foresite.Browser;
import org.foresite.BuiltSites;
import org.foresite.StaticServer;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.PageSizes;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Term;
import org.foresite.search.SignalTable.Column;
import org.foresite.search.SignalTable.Row;
import org.junit.jupiter.api.Test;

/**
 * The signals explorer in headless Chromium, on a generated knowledge base of 1,500 articles: every view it
 * builds from its sharded files (sorted by each column both ways, filtered by theme, by words and by both, on its
 * first and last pages) shows exactly the rows {@link SignalTable#view} gives over all signals, and the URL
 * restores the view its controls led to.
 */
class SignalsExplorerTest {
    private static final int PAGE = PageSizes.DEFAULT.signalsPerPage();

    /** One view: its query string, what the page must report as its view, and the rows it must show. */
    private record View(String query, String expect, List<Integer> rows) {
    }

    @Test
    void everyViewShowsTheRowsOfTheDefinition() throws Exception {
        Browser.assumeBrowser();
        BuiltSites.Built built = BuiltSites.generatedFromRealArticles();
        KnowledgeBase kb = built.kb();
        UrlScheme urls = UrlScheme.of(kb);
        SignalTable table = SignalTable.of(org.foresite.link.SignalSource.of(kb, urls));
        assertTrue(table.rows().size() > 2 * SignalIndex.CHUNK, "enough signals for several order files: "
                + table.rows().size());

        Term big = kb.themes().stream().max(Comparator.comparingInt((Term t) -> signals(table, t.key()))).orElseThrow();
        Term small = kb.themes().stream().filter(t -> signals(table, t.key()) > PAGE + 1)
                .min(Comparator.comparingInt((Term t) -> signals(table, t.key()))).orElseThrow();
        String word = frequentWord(table);
        String prefix = word.substring(0, SignalTable.MIN_PREFIX + 1);

        List<View> views = new ArrayList<>();
        views.add(view(table, urls, null, null, null, false, 1));
        for (Column c : Column.values()) {
            views.add(view(table, urls, null, null, c, false, 1));
            views.add(view(table, urls, null, null, c, true, 1));
        }
        views.add(view(table, urls, null, null, Column.SIGNAL, true, last(table.rows().size())));
        views.add(view(table, urls, null, null, null, false, last(table.rows().size())));
        views.add(view(table, urls, big, null, null, false, 1));
        views.add(view(table, urls, big, null, Column.CHANGE, false, 1));
        views.add(view(table, urls, big, null, Column.RELEVANCY, true, 1));
        views.add(view(table, urls, small, null, Column.FORCE, true, 2));
        views.add(view(table, urls, null, word, null, false, 1));
        views.add(view(table, urls, null, prefix, Column.HORIZON, false, 1));
        views.add(view(table, urls, null, prefix, Column.ARTICLE, true, 2));
        views.add(view(table, urls, big, prefix, Column.SIGNAL, false, 1));

        String slug = urls.slug(TermKind.THEMES, big.key());
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            List<Map<String, Object>> queries = views.stream()
                    .map(v -> Map.<String, Object>of("query", v.query(), "expect", "/kb/signals.html" + v.expect()))
                    .toList();
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("kind", "explorer");
            scenario.put("base", server.url());
            scenario.put("path", "/kb/signals.html");
            scenario.put("views", queries);
            scenario.put("sort", "change");
            scenario.put("theme", slug);
            scenario.put("words", prefix);
            JsonNode seen = Browser.run(List.of(scenario)).get(0);

            for (int i = 0; i < views.size(); i++) {
                View v = views.get(i);
                JsonNode shown = seen.get("views").get(i);
                assertEquals(v.rows(), ints(shown.get("rows")), "rows of signals.html" + v.query());
            }
            JsonNode first = seen.get("views").get(0);
            assertEquals(table.rows().size() + " of " + table.rows().size() + " signals, 1–" + PAGE + " shown.",
                    first.get("status").asText());
            assertEquals("Page 1 of " + last(table.rows().size()), first.get("pageLabel").asText());

            // The controls: sort by change twice (descending), choose the theme, type the words, next page.
            JsonNode steps = seen.get("steps");
            assertEquals(page(table.view(null, null, Column.CHANGE, true), 1), ints(steps.get(0).get("rows")));
            assertEquals(page(table.view(big.key(), null, Column.CHANGE, true), 1), ints(steps.get(1).get("rows")));
            List<Row> typed = table.view(big.key(), prefix, Column.CHANGE, true);
            assertEquals(page(typed, 1), ints(steps.get(2).get("rows")));
            assertEquals(prefix, steps.get(2).get("words").asText());
            assertEquals(slug, steps.get(2).get("theme").asText());
            JsonNode reopened = seen.get("reopened");
            if (typed.size() > PAGE) {
                assertNotNull(seen.get("afterNext"));
                assertEquals(page(typed, 2), ints(seen.get("afterNext").get("rows")));
                assertEquals(page(typed, 2), ints(reopened.get("rows")), "the URL restores the page: " + seen.get("url"));
            } else {
                assertEquals(page(typed, 1), ints(reopened.get("rows")), "the URL restores the view: " + seen.get("url"));
            }
            assertEquals(prefix, reopened.get("words").asText());
            assertEquals(slug, reopened.get("theme").asText());
            assertTrue(seen.get("url").asText().contains("sort=change&dir=desc"), seen.get("url").asText());
        }
    }

    private static View view(SignalTable table, UrlScheme urls, Term theme, String words, Column column,
            boolean descending, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (words != null) {
            params.put("q", words);
        }
        if (theme != null) {
            params.put("theme", urls.slug(TermKind.THEMES, theme.key()));
        }
        if (column != null) {
            params.put("sort", column.key());
            if (descending) {
                params.put("dir", "desc");
            }
        }
        if (page > 1) {
            params.put("page", String.valueOf(page));
        }
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? '?' : '&').append(k).append('=').append(v));
        List<Row> rows = table.view(theme == null ? null : theme.key(), words, column, descending);
        assertTrue(rows.size() > (page - 1) * PAGE, "the view " + query + " has a page " + page);
        return new View(query.toString(), query.toString(), page(rows, page));
    }

    private static List<Integer> page(List<Row> rows, int page) {
        return rows.subList((page - 1) * PAGE, Math.min(rows.size(), page * PAGE)).stream().map(Row::ordinal).toList();
    }

    private static int last(int rows) {
        return PageSizes.pageCount(rows, PAGE);
    }

    private static int signals(SignalTable table, String themeKey) {
        return table.view(themeKey, null, null, false).size();
    }

    /** A word of five letters or more that many signals hold, but not most. */
    private static String frequentWord(SignalTable table) {
        Map<String, Integer> counts = new HashMap<>();
        for (Row row : table.rows()) {
            for (String w : table.words(row)) {
                if (w.length() >= 5 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        int n = table.rows().size();
        return counts.entrySet().stream().filter(e -> e.getValue() > 2 * PAGE && e.getValue() < n / 4)
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}

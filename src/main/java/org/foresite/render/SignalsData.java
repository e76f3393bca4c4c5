package org.foresite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/**
 * The rows of the signals explorer: every row of every Signals table, with its columns mapped from either
 * format generation (Signal | Change | 10y horizon | Driving force, or name | description | change | 10-year |
 * driving-force | relevancy) to one shape. Articles and themes are listed once and referred to by index.
 */
public final class SignalsData {
    private SignalsData() {
    }

    /** {@code {themes: [name], themeKeys: [key], articles: [[title, url, [theme]]], rows: [[article, signal, description, change, horizon, force, relevancy]]}}. */
    public static Map<String, Object> of(KnowledgeBase kb, UrlScheme urls) {
        Map<String, Integer> themeIndex = new LinkedHashMap<>();
        for (Term t : kb.themes()) {
            themeIndex.put(t.key(), themeIndex.size());
        }
        List<Object> articles = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (Article a : kb.articles()) {
            List<List<String>> signals = new ArrayList<>();
            for (Section s : a.sections()) {
                if (s.isNamed("signals")) {
                    s.table().ifPresent(t -> signals.addAll(rows(t)));
                }
            }
            if (signals.isEmpty()) {
                continue;
            }
            int index = articles.size();
            articles.add(List.of(a.title(), urls.article(a.id()),
                    a.themes().stream().map(th -> themeIndex.get(TermKey.of(th))).distinct().toList()));
            for (List<String> row : signals) {
                List<Object> r = new ArrayList<>();
                r.add(index);
                r.addAll(row);
                rows.add(r);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("themes", kb.themes().stream().map(Term::display).toList());
        data.put("themeKeys", kb.themes().stream().map(Term::key).toList());
        data.put("articles", articles);
        data.put("rows", rows);
        return data;
    }

    /** Each row as signal, description, change, horizon, driving force, relevancy (empty where absent). */
    static List<List<String>> rows(Table table) {
        int signal = column(table, "signal", "name");
        int description = column(table, "description");
        int change = column(table, "change");
        int horizon = column(table, "10y horizon", "10-year", "10 year", "horizon");
        int force = column(table, "driving force", "driving-force", "driving");
        int relevancy = column(table, "relevancy", "relevance");
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : table.rows()) {
            out.add(List.of(cell(row, signal), cell(row, description), cell(row, change), cell(row, horizon),
                    cell(row, force), cell(row, relevancy)));
        }
        return out;
    }

    private static int column(Table table, String... names) {
        for (String name : names) {
            for (int i = 0; i < table.headers().size(); i++) {
                if (table.headers().get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
        }
        for (String name : names) {
            for (int i = 0; i < table.headers().size(); i++) {
                if (table.headers().get(i).toLowerCase(Locale.ROOT).contains(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }
}

package org.foresite.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.foresite.model.Article;
import org.foresite.model.Signal;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/**
 * What the signals explorer is made from, and nothing else: the articles that have signals, newest first (their
 * page, title, date, theme keys and signals), and every theme A–Z with its display and slug. An edit that leaves
 * all of it as it was (a summary, a keyword) leaves the explorer's files as they were.
 */
public record SignalSource(List<SignalArticle> articles, List<ThemeRef> themes) {
    public SignalSource {
        articles = List.copyOf(articles);
        themes = List.copyOf(themes);
    }

    /** An article with signals: its id, page, title, issue date (or null), the keys of its themes and its signals. */
    public record SignalArticle(String id, String path, String title, LocalDate date, List<String> themeKeys,
            List<Signal> signals) {
    }

    /** A theme: its key, display and the slug its pages are named after. */
    public record ThemeRef(String key, String display, String slug) {
    }

    public static SignalSource of(KnowledgeBase kb, UrlScheme urls) {
        List<SignalArticle> articles = new ArrayList<>();
        for (Article a : kb.articles()) {
            if (a.signals().isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>(new LinkedHashSet<>(a.themes().stream().map(TermKey::of).toList()));
            articles.add(new SignalArticle(a.id(), urls.article(a.id()), a.title(),
                    a.issueDate(), keys, a.signals()));
        }
        List<ThemeRef> themes = new ArrayList<>();
        for (Term t : kb.themes()) {
            themes.add(new ThemeRef(t.key(), t.display(), urls.slug(TermKind.THEMES, t.key())));
        }
        return new SignalSource(articles, themes);
    }
}

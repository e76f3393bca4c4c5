package org.foresite.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foresite.link.PageReads;
import org.foresite.link.TermKind;
import org.foresite.link.Trends;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.TrendGroupView;
import org.foresite.render.Views.TrendRowView;
import org.foresite.render.Views.TrendsView;

/** The trends page: themes ranked by momentum, emerging, steady and fading, each with its chart. */
record TrendsViews(PageChrome chrome) {
    /** Themes shown in each group: the strongest movers; the page says how many more there are. */
    static final int PER_GROUP = 25;

    Map<String, Object> page(PageReads reads) {
        String path = UrlScheme.TRENDS;
        Trends trends = reads.trends();
        List<TrendGroupView> groups = List.of(
                group(reads, path, "Emerging", "emerging", "Their share of articles grew, beyond what chance explains.",
                        trends.emerging()),
                group(reads, path, "Steady", "steady", "No clear change in their share; the most written about first.",
                        trends.steady()),
                group(reads, path, "Fading", "fading", "Their share of articles shrank, beyond what chance explains.",
                        trends.fading()));
        int judged = trends.emerging().size() + trends.steady().size() + trends.fading().size();
        TrendsView view = new TrendsView(Text.date(trends.reference()), Text.isoDate(trends.reference()),
                trends.reference() == null ? "" : Text.date(trends.reference().minusMonths(12)),
                trends.articlesNow(), trends.articlesBefore(), trends.later(), groups, judged, trends.tooFew(),
                Trends.MIN_ARTICLES);
        return PageChrome.context(chrome.page(reads, path, "Trends", "Which themes of " + chrome.siteName()
                + " are rising and which are fading, over the latest twelve months.", chrome.crumbs(path)), "trends", view);
    }

    private static TrendGroupView group(PageReads reads, String path, String name, String anchor, String description,
            List<Trends.ThemeTrend> themes) {
        List<TrendRowView> rows = themes.stream().limit(PER_GROUP).map(t -> {
            String slug = reads.termSlug(TermKind.THEMES, t.key());
            return new TrendRowView(UrlScheme.href(path, reads.termPage(TermKind.THEMES, t.key(), 1)), t.display(),
                    t.now(), t.before(), String.format(Locale.ROOT, "%+.1f", t.momentum()),
                    Charts.of("chart-" + slug, t.display(), reads.themeQuarters(t.key())));
        }).toList();
        return new TrendGroupView(name, anchor, description, rows, Math.max(0, themes.size() - PER_GROUP));
    }
}

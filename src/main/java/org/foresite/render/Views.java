package org.foresite.render;

import java.util.List;
import org.foresite.model.Property;

/**
 * The records templates see. Every link in them is already relative to the page being rendered and every
 * label is already chosen: templates loop and print, they never compute.
 */
public final class Views {
    private Views() {
    }

    public record LinkView(String href, String label) {
    }

    /**
     * What the base layout needs: titles, the header links and the breadcrumb trail. canonical is null without a
     * base URL; base (an HTML base element) is set only on the 404 page, which the host serves at any depth.
     */
    public record PageView(String title, String canonical, String siteName, String description, String stylesheet, String favicon, String home,
            String themes, String keywords, String articles, String timeline, String signals, String search, String script,
            String themeScript, String base,
            List<LinkView> breadcrumbs) {
    }

    /** A page of the list of all articles, with links to the other pages. */
    public record ArticleListView(int page, int pageCount, int total, List<ArticleItemView> articles, String previous,
            String next, List<LinkView> pages) {
    }

    /** The search page: where its form submits, where the index files are, and its scripts. */
    public record SearchView(String self, String indexBase, String engine, String ui, int articleCount) {
    }

    /** An article in a list: linked title, issue date and a one-line summary. */
    public record ArticleItemView(String href, String title, String date, String isoDate, String blurb) {
    }

    public record TermCountView(String href, String label, int count) {
    }

    public record CellView(String text, String align) {
    }

    public record TableView(List<CellView> headers, List<List<CellView>> rows) {
    }

    /** One block of a section: exactly one of {@code table} and {@code html} is set. */
    public record BlockView(TableView table, SafeHtml html) {
    }

    public record SectionView(String name, String anchor, List<BlockView> blocks) {
    }

    /** A Closest entry: {@code href} is null when the target is not in the knowledge base. */
    public record ClosestView(String label, String href) {
    }

    public record ArticleView(String id, String title, String issue, String issuePage, String issueHref, String date,
            String isoDate,
            String externalHref, String externalText, SafeHtml summary, List<LinkView> themes,
            List<LinkView> keywords, List<Property> other, List<SectionView> sections, List<ClosestView> closest,
            List<ArticleItemView> referencedBy, List<ArticleItemView> related) {
    }

    /** The signals explorer: where its data and script are, and how much it holds. */
    public record SignalsView(String data, String script, int signalCount, int articleCount) {
    }

    /** One issue on the timeline: its page, date and the titles of its articles. */
    public record IssueSummaryView(String token, String href, String date, String isoDate, List<LinkView> articles) {
    }

    public record MonthView(String label, String anchor, List<IssueSummaryView> issues) {
    }

    public record YearView(String label, String anchor, List<MonthView> months) {
    }

    public record TimelineView(int issueCount, int articleCount, List<YearView> years) {
    }

    /** A newsletter issue's page; newer and older are null at the ends. */
    public record IssueView(String token, String date, String isoDate, String externalHref, List<ArticleItemView> articles,
            LinkView newer, LinkView older, String timelineHref) {
    }

    /**
     * A theme or keyword page. Theme pages also carry the themes that co-occur with it (with counts), the first
     * signals of its articles and a link to all of them in the explorer; keyword pages leave those empty.
     */
    public record TermView(String kind, String kindPlural, String name, int count, String indexHref,
            List<ArticleItemView> articles, List<TermCountView> relatedThemes, List<SignalView> signals,
            int signalCount, String signalsHref) {
    }

    /** One signal on a theme page. */
    public record SignalView(String signal, String change, String horizon, String articleHref, String articleTitle) {
    }

    /** A term in the cloud: its size class from 1 (rare) to 5 (most used). */
    public record CloudTermView(String href, String label, int count, int size) {
    }

    public record LetterGroupView(String letter, String anchor, List<TermCountView> terms) {
    }

    public record TermIndexView(String kind, String kindPlural, int count, List<LetterGroupView> groups,
            List<CloudTermView> cloud) {
    }

    public record HomeView(int articleCount, int themeCount, int keywordCount, int signalCount, int issueCount,
            String themesHref, String keywordsHref, List<ArticleItemView> latest, List<TermCountView> topThemes) {
    }
}

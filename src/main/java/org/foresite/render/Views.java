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
     * What the base layout needs: titles, the header links and the breadcrumb trail, and where the search index and
     * its engine are (to mark the words a search result was opened for). canonical is null without a base URL; base
     * (an HTML base element) is set only on the 404 page, which the host serves at any depth.
     */
    public record PageView(String title, String canonical, String siteName, String description, String stylesheet, String favicon, String home,
            String themes, String keywords, String articles, String timeline, String signals, String topics, String search,
            String script, String themeScript, String searchIndex, String searchEngine, String base,
            List<LinkView> breadcrumbs) {
    }

    /** A link in a page navigation: {@code href} is null for the current page and for a gap ("…"). */
    public record PageLinkView(String href, String label, boolean current) {
    }

    /**
     * Links to the other pages of a paged list: previous and next (null at the ends) and a short run of page
     * numbers (the first, the last and those around the current one), whatever the number of pages.
     */
    public record PaginationView(int page, int pageCount, String previous, String next, List<PageLinkView> pages) {
    }

    /** A page of the list of all articles, with links to the other pages; {@code start} numbers its first article. */
    public record ArticleListView(int page, int pageCount, int total, int start, List<ArticleItemView> articles,
            PaginationView pagination) {
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
            List<ArticleItemView> referencedBy, List<ArticleItemView> related, List<LinkView> topics) {
    }

    /** The signals explorer: where its data and script are, and how much it holds. */
    public record SignalsView(String data, String engine, String script, int signalCount, int articleCount,
            String signalsCsv, String articlesJson) {
    }

    /** One issue on the timeline: its page, date and the titles of its articles. */
    public record IssueSummaryView(String token, String href, String date, String isoDate, List<LinkView> articles) {
    }

    /** A month on a timeline page; {@code continued} when its first issues are on the page before. */
    public record MonthView(String label, String anchor, boolean continued, List<IssueSummaryView> issues) {
    }

    /**
     * A page of the timeline: one year (or part of a big one). {@code years} links the first page of every year,
     * {@code months} every month of this year (on whichever of its pages it is).
     */
    public record TimelineView(int issueCount, int articleCount, String year, List<PageLinkView> years,
            List<LinkView> months, List<MonthView> shown, PaginationView pagination) {
    }

    /** A newsletter issue's page; newer and older are null at the ends. */
    public record IssueView(String token, String date, String isoDate, String externalHref, List<ArticleItemView> articles,
            LinkView newer, LinkView older, String timelineHref) {
    }

    /**
     * A page of a theme or keyword: a run of its articles ({@code start} numbers the first). The first page of a
     * theme also carries the themes that co-occur with it (with counts), the first signals of its articles and
     * links to all of them in the explorer and as printable cards, its chart of articles per quarter and its Atom
     * feed (null without a base URL); other pages and keyword pages leave those empty or null.
     */
    public record TermView(String kind, String kindPlural, String name, int count, String indexHref, String firstPage,
            int start, List<ArticleItemView> articles, PaginationView pagination, List<TermCountView> relatedThemes,
            List<SignalView> signals, int signalCount, String signalsHref, String cardsHref, ChartView chart,
            String feed) {
    }

    /** One bar of a chart: where it is drawn and what it stands for ("2025 Q1: 3 articles"). */
    public record BarView(int x, int y, int width, int height, String label, String quarter, int count) {
    }

    /**
     * A small bar chart of articles per quarter, drawn by the build as inline SVG; {@code bars} also make the table
     * screen readers read instead of the picture.
     */
    public record ChartView(String id, String title, int width, int height, List<BarView> bars, String first,
            String last) {
    }

    /** A theme on the trends page: its articles in the latest twelve months and the twelve before, and its chart. */
    public record TrendRowView(String href, String label, int now, int before, String momentum, ChartView chart) {
    }

    /** Emerging, steady or fading themes; {@code more} of them are not shown. */
    public record TrendGroupView(String name, String anchor, String description, List<TrendRowView> themes, int more) {
    }

    /**
     * The trends page. {@code reference} is the date the twelve-month windows end at (empty when the knowledge base
     * has no dated article); {@code later} articles are dated after it.
     */
    public record TrendsView(String reference, String isoReference, String since, int articlesNow,
            int articlesBefore, int later, List<TrendGroupView> groups, int judged, int tooFew, int minimum) {
    }

    /** One signal on a theme page. */
    public record SignalView(String signal, String change, String horizon, String articleHref, String articleTitle) {
    }

    /** A term in the cloud: its size class from 1 (rare) to 5 (most used). */
    public record CloudTermView(String href, String label, int count, int size) {
    }

    /** The terms of one initial on a page of an A–Z list; {@code continued} when it began on the page before. */
    public record LetterGroupView(String letter, String anchor, boolean continued, List<TermCountView> terms) {
    }

    /**
     * A page of the A–Z list of themes or keywords. {@code letters} links every initial on whichever page it
     * starts; the cloud of the most used terms is on the first page only. {@code finder} is where the filter box
     * looks terms up across all pages, {@code engine} the script that reads it.
     */
    public record TermIndexView(String kind, String kindPlural, int count, List<LinkView> letters,
            List<LetterGroupView> groups, List<CloudTermView> cloud, PaginationView pagination, String finder,
            String engine) {
    }

    public record HomeView(int articleCount, int themeCount, int keywordCount, int signalCount, int issueCount,
            String themesHref, String keywordsHref, List<ArticleItemView> latest, List<TermCountView> topThemes,
            String trendsHref, List<TermCountView> emerging, String signalsCsv, String articlesJson, int topicCount,
            String topicsHref) {
    }

    /** A card image of a topic: {@code src} is null when the image is not a file beside the topic. */
    public record CardView(String heading, String alt, String src) {
    }

    /** A link of a topic: {@code href} is null when the entry is not a link; {@code local} when it is an article here. */
    public record CitationView(String title, String href, boolean local) {
    }

    public record TopicView(String name, SafeHtml summary, TableView signals, TableView concerns, List<CardView> cards,
            List<CitationView> citations, int localCitations, List<SectionView> sections) {
    }

    /** A topic as lists show it: name, page, the start of its summary and how many articles here it links to. */
    public record TopicItemView(String href, String name, String blurb, int articles) {
    }

    public record TopicListView(int page, int pageCount, int total, List<TopicItemView> topics, PaginationView pagination) {
    }
}

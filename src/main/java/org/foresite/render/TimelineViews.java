package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.link.Input;
import org.foresite.link.Issue;
import org.foresite.link.PageLayout;
import org.foresite.link.PageReads;
import org.foresite.link.Paging;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.IssueSummaryView;
import org.foresite.render.Views.IssueView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.MonthView;
import org.foresite.render.Views.PageLinkView;
import org.foresite.render.Views.TimelineView;

/** The timeline (a page per year, a big year split by months) and the page of each newsletter issue. */
record TimelineViews(PageChrome chrome, ArticleItems items) {

    /** Page {@code n} (from 1) of a year of the timeline. */
    Map<String, Object> timeline(PageReads reads, String year, int n) {
        String path = reads.timelinePath(year, n);
        Input.TimelinePage page = reads.timelinePage(year, n);
        List<PageLinkView> years = new ArrayList<>();
        for (Input.YearLink other : reads.timelineYears()) {
            years.add(other.year().equals(year) ? new PageLinkView(null, other.label(), true)
                    : new PageLinkView(UrlScheme.href(path, other.path()), other.label(), false));
        }
        List<LinkView> months = page.months().stream().map(m -> new LinkView(
                IndexViews.anchorHref(path, reads.timelinePath(year, m.page()), m.anchor()), m.label())).toList();
        List<MonthView> shown = new ArrayList<>();
        for (Paging.Slice<PageLayout.Month, Issue> slice : page.shown()) {
            List<IssueSummaryView> issues = new ArrayList<>();
            for (Issue issue : slice.items()) {
                List<LinkView> titles = issue.articleIds().stream()
                        .map(id -> PageChrome.link(path, reads.articlePath(id), reads.article(id).title())).toList();
                issues.add(new IssueSummaryView(issue.token(), UrlScheme.href(path, reads.issueLink(issue.token()).path()),
                        Text.date(issue.date()), Text.isoDate(issue.date()), titles));
            }
            shown.add(new MonthView(slice.group().label(), slice.group().anchor(), slice.continued(), issues));
        }
        Input.Counts counts = reads.counts();
        TimelineView view = new TimelineView(counts.issues(), counts.articles(), page.label(), years, months, shown,
                Pager.of(path, n, page.pageCount(), p -> reads.timelinePath(year, p)));
        String title = "Timeline: " + page.label() + (n > 1 ? ", page " + n : "");
        String description = "The newsletter issues of " + chrome.siteName() + " in " + page.label() + ", newest first.";
        List<LinkView> crumbs = path.equals(UrlScheme.TIMELINE) ? chrome.crumbs(path)
                : chrome.crumbs(path, PageChrome.link(path, UrlScheme.TIMELINE, "Timeline"));
        return PageChrome.context(chrome.page(reads, path, title, description, crumbs), "timeline", view);
    }

    /** One newsletter issue with its articles and links to the issues before and after it. */
    Map<String, Object> issue(PageReads reads, String token) {
        Issue issue = reads.issue(token);
        String path = reads.issueLink(token).path();
        Input.Neighbours neighbours = reads.issueNeighbours(token);
        LinkView newer = neighbours.newer() == null ? null : issueLink(reads, path, neighbours.newer());
        LinkView older = neighbours.older() == null ? null : issueLink(reads, path, neighbours.older());
        String timeline = reads.issueTimeline(token);
        IssueView view = new IssueView(issue.token(), Text.date(issue.date()), Text.isoDate(issue.date()),
                Text.safeExternal(issue.url()), items.of(reads, path, issue.articleIds()), newer, older,
                UrlScheme.href(path, timeline));
        String title = "Issue " + issue.token();
        return PageChrome.context(chrome.page(reads, path, title, title + ": " + issue.articleIds().size()
                + (issue.articleIds().size() == 1 ? " article." : " articles."),
                chrome.crumbs(path, PageChrome.link(path, timeline, "Timeline"))), "issue", view);
    }

    private static LinkView issueLink(PageReads reads, String from, String token) {
        Input.IssueLink link = reads.issueLink(token);
        return PageChrome.link(from, link.path(), link.date() == null ? link.token() : Text.date(link.date()));
    }
}

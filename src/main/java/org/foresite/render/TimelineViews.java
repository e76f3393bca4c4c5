package org.foresite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foresite.link.Issue;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.PageLayout;
import org.foresite.link.Paging;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.IssueSummaryView;
import org.foresite.render.Views.IssueView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.MonthView;
import org.foresite.render.Views.PageLinkView;
import org.foresite.render.Views.TimelineView;

/** The timeline (a page per year, a big year split by months) and the page of each newsletter issue. */
final class TimelineViews {
    private final KnowledgeBase kb;
    private final UrlScheme urls;
    private final PageLayout layout;
    private final PageChrome chrome;
    private final ArticleItems items;
    /** The timeline page that lists each issue, by token. */
    private final Map<String, String> pageOfIssue = new HashMap<>();

    TimelineViews(KnowledgeBase kb, UrlScheme urls, PageLayout layout, PageChrome chrome, ArticleItems items) {
        this.kb = kb;
        this.urls = urls;
        this.layout = layout;
        this.chrome = chrome;
        this.items = items;
        for (PageLayout.Year year : layout.years()) {
            for (int p = 1; p <= year.pages().size(); p++) {
                for (Paging.Slice<PageLayout.Month, Issue> slice : year.pages().get(p - 1)) {
                    for (Issue issue : slice.items()) {
                        pageOfIssue.put(issue.token(), urls.timeline(year.year(), p));
                    }
                }
            }
        }
    }

    /** Page {@code n} (from 1) of year number {@code y} (from 0, newest first) of the timeline. */
    Map<String, Object> timeline(int y, int n) {
        PageLayout.Year year = layout.years().get(y);
        String path = urls.timeline(year.year(), n);
        List<PageLinkView> years = new ArrayList<>();
        for (PageLayout.Year other : layout.years()) {
            years.add(other == year ? new PageLinkView(null, other.label(), true)
                    : new PageLinkView(UrlScheme.href(path, urls.timeline(other.year(), 1)), other.label(), false));
        }
        List<LinkView> months = new ArrayList<>();
        for (int p = 1; p <= year.pages().size(); p++) {
            for (Paging.Slice<PageLayout.Month, Issue> slice : year.pages().get(p - 1)) {
                if (!slice.continued()) {
                    months.add(new LinkView(TermIndexViews.anchorHref(path, urls.timeline(year.year(), p),
                            slice.group().anchor()), slice.group().label()));
                }
            }
        }
        List<MonthView> shown = new ArrayList<>();
        for (Paging.Slice<PageLayout.Month, Issue> slice : year.pages().get(n - 1)) {
            List<IssueSummaryView> issues = new ArrayList<>();
            for (Issue issue : slice.items()) {
                List<LinkView> titles = issue.articleIds().stream()
                        .map(id -> PageChrome.link(path, urls.article(id), kb.article(id).title())).toList();
                issues.add(new IssueSummaryView(issue.token(), UrlScheme.href(path, urls.issue(issue.token())),
                        Text.date(issue.date()), Text.isoDate(issue.date()), titles));
            }
            shown.add(new MonthView(slice.group().label(), slice.group().anchor(), slice.continued(), issues));
        }
        TimelineView view = new TimelineView(kb.issues().size(), kb.articles().size(), year.label(), years, months,
                shown, Pager.of(path, n, year.pages().size(), p -> urls.timeline(year.year(), p)));
        String title = "Timeline: " + year.label() + (n > 1 ? ", page " + n : "");
        String description = "The newsletter issues of " + chrome.siteName() + " in " + year.label()
                + ", newest first.";
        List<LinkView> crumbs = path.equals(UrlScheme.TIMELINE) ? chrome.crumbs(path)
                : chrome.crumbs(path, PageChrome.link(path, UrlScheme.TIMELINE, "Timeline"));
        return PageChrome.context(chrome.page(path, title, description, crumbs), "timeline", view);
    }

    /** One newsletter issue with its articles and links to the issues before and after it. */
    Map<String, Object> issue(int index) {
        Issue issue = kb.issues().get(index);
        String path = urls.issue(issue.token());
        LinkView newer = index > 0 ? issueLink(path, kb.issues().get(index - 1)) : null;
        LinkView older = index + 1 < kb.issues().size() ? issueLink(path, kb.issues().get(index + 1)) : null;
        String timeline = pageOfIssue.get(issue.token());
        IssueView view = new IssueView(issue.token(), Text.date(issue.date()), Text.isoDate(issue.date()),
                Text.safeExternal(issue.url()), items.of(path, issue.articleIds()), newer, older,
                UrlScheme.href(path, timeline));
        String title = "Issue " + issue.token();
        return PageChrome.context(chrome.page(path, title, title + ": " + issue.articleIds().size()
                + (issue.articleIds().size() == 1 ? " article." : " articles."),
                chrome.crumbs(path, PageChrome.link(path, timeline, "Timeline"))), "issue", view);
    }

    /** The timeline page an issue is listed on. */
    String timelinePageOf(Issue issue) {
        return pageOfIssue.get(issue.token());
    }

    private LinkView issueLink(String from, Issue issue) {
        return PageChrome.link(from, urls.issue(issue.token()), issue.date() == null ? issue.token() : Text.date(issue.date()));
    }
}

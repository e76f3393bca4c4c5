package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.link.Input;
import org.foresite.link.LinkedTopic;
import org.foresite.link.PageReads;
import org.foresite.link.UrlScheme;
import org.foresite.model.Table;
import org.foresite.model.Topic;
import org.foresite.render.Views.CardView;
import org.foresite.render.Views.CitationView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.TableView;
import org.foresite.render.Views.TopicItemView;
import org.foresite.render.Views.TopicListView;
import org.foresite.render.Views.TopicView;

/** The page of a topic analysis and the list of them. */
record TopicViews(PageChrome chrome, MarkdownRenderer markdown) {

    Map<String, Object> page(PageReads reads, String id) {
        LinkedTopic linked = reads.topic(id);
        Topic t = linked.topic();
        String path = reads.topicPath(id);
        List<CardView> cards = t.cards().stream().map(c -> new CardView(c.heading(), c.alt(),
                c.file() == null ? null : UrlScheme.href(path, reads.topicImage(id, c.file())))).toList();
        List<CitationView> citations = new ArrayList<>();
        for (LinkedTopic.Citation c : linked.citations()) {
            if (c.articleId() != null) {
                citations.add(new CitationView(c.title(), UrlScheme.href(path, reads.articlePath(c.articleId())), true));
            } else {
                citations.add(new CitationView(c.title(), Text.safeExternal(c.url()), false));
            }
        }
        TopicView view = new TopicView(t.name(), markdown.render(t.summary()), table(t.signals()), table(t.concerns()),
                cards, citations, (int) citations.stream().filter(CitationView::local).count(),
                SectionViews.of(t.sections(), markdown));
        List<LinkView> crumbs = chrome.crumbs(path, PageChrome.link(path, UrlScheme.TOPICS, "Topics"));
        return PageChrome.context(chrome.page(reads, path, t.name(), description(t), crumbs), "topic", view);
    }

    /** Page {@code n} (from 1) of the topic analyses, A–Z. */
    Map<String, Object> list(PageReads reads, int n) {
        String path = UrlScheme.topicList(n);
        Input.ListPage list = reads.topicList(n);
        List<TopicItemView> topics = new ArrayList<>();
        for (String id : list.ids()) {
            LinkedTopic linked = reads.topic(id);
            topics.add(new TopicItemView(UrlScheme.href(path, reads.topicPath(id)), linked.topic().name(),
                    Text.blurb(linked.topic().summary()), linked.citedArticles().size()));
        }
        int total = reads.counts().topics();
        TopicListView view = new TopicListView(n, list.pageCount(), total, topics,
                Pager.of(path, n, list.pageCount(), UrlScheme::topicList));
        String title = n == 1 ? "Topics" : "Topics, page " + n;
        List<LinkView> crumbs = n == 1 ? chrome.crumbs(path) : chrome.crumbs(path, PageChrome.link(path, UrlScheme.TOPICS, "Topics"));
        return PageChrome.context(chrome.page(reads, path, title, "The " + total + " topic analyses of " + chrome.siteName()
                + ", A–Z: syntheses of a topic across its articles.", crumbs), "list", view);
    }

    private static String description(Topic t) {
        String blurb = Text.blurb(t.summary());
        return blurb.isEmpty() ? "Topic analysis: " + t.name() + "." : blurb;
    }

    /**
     * A topic's table as the page shows it. Topic tables are written by pandas, whose first column is the row
     * number (blank header, 0, 1, 2…): a reader learns nothing from it, so it is left out; every row is kept.
     */
    static TableView table(Table table) {
        if (table == null) {
            return null;
        }
        return SectionViews.table(hasRowNumbers(table) ? withoutFirstColumn(table) : table);
    }

    static boolean hasRowNumbers(Table table) {
        if (table.headers().isEmpty() || !table.headers().get(0).isBlank() || table.rows().isEmpty()) {
            return false;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (row.isEmpty() || !row.get(0).strip().equals(String.valueOf(r))) {
                return false;
            }
        }
        return true;
    }

    private static Table withoutFirstColumn(Table table) {
        return new Table(table.headers().subList(1, table.headers().size()),
                table.alignments().isEmpty() ? List.of() : table.alignments().subList(1, table.alignments().size()),
                table.rows().stream().map(r -> r.subList(1, r.size())).toList());
    }
}

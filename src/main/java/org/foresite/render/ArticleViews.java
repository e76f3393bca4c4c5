package org.foresite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foresite.link.ClosestLink;
import org.foresite.link.Input;
import org.foresite.link.PageReads;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Alignment;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.model.TermKey;
import org.foresite.render.Views.ArticleView;
import org.foresite.render.Views.BlockView;
import org.foresite.render.Views.CellView;
import org.foresite.render.Views.ClosestView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.SectionView;
import org.foresite.render.Views.TableView;

/** The page of an article. */
record ArticleViews(PageChrome chrome, MarkdownRenderer markdown, ArticleItems items) {

    Map<String, Object> page(PageReads reads, String id) {
        Article a = reads.article(id);
        String path = reads.articlePath(id);
        List<LinkView> crumbs = new ArrayList<>(chrome.crumbs(path));
        if (!a.themes().isEmpty()) {
            Input.TermLink theme = reads.termLink(TermKind.THEMES, TermKey.of(a.themes().get(0)));
            crumbs.add(PageChrome.link(path, theme.path(), theme.display()));
        }
        List<ClosestView> closest = new ArrayList<>();
        for (ClosestLink c : reads.closest(id)) {
            closest.add(new ClosestView(c.text(), c.resolved() ? UrlScheme.href(path, reads.articlePath(c.targetId())) : null));
        }
        String issueHref = a.origin() == null ? null : Text.safeExternal(a.origin().url());
        String external = Text.safeExternal(a.externalUrl());
        ArticleView view = new ArticleView(a.id(), a.title(),
                a.origin() == null ? "" : a.origin().issue(),
                a.origin() == null ? null : UrlScheme.href(path, reads.issueLink(a.origin().issue()).path()), issueHref,
                a.origin() == null ? "" : Text.date(a.origin().date()),
                a.origin() == null ? "" : Text.isoDate(a.origin().date()),
                external, external == null ? a.externalUrl() : "",
                markdown.render(a.summary()),
                terms(reads, path, a.themes(), TermKind.THEMES), terms(reads, path, a.keywords(), TermKind.KEYWORDS),
                a.other(), sections(a.sections()), closest,
                items.of(reads, path, reads.referencedBy(id)), items.of(reads, path, reads.related(id)));
        return PageChrome.context(chrome.page(path, a.title(), items.blurb(a), crumbs), "article", view);
    }

    private static List<LinkView> terms(PageReads reads, String from, List<String> spellings, TermKind kind) {
        return spellings.stream().map(s -> {
            Input.TermLink link = reads.termLink(kind, TermKey.of(s));
            return PageChrome.link(from, link.path(), link.display());
        }).toList();
    }

    private List<SectionView> sections(List<Section> sections) {
        List<SectionView> views = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Section s : sections) {
            String anchor = Text.anchor(s.name());
            for (int n = 2; !anchors.add(anchor); n++) {
                anchor = Text.anchor(s.name()) + "-" + n;
            }
            List<BlockView> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Block.TableBlock t) {
                    blocks.add(new BlockView(table(t.table()), null));
                } else if (b instanceof Block.TextBlock text) {
                    blocks.add(new BlockView(null, markdown.render(text.markdown())));
                }
            }
            views.add(new SectionView(s.name(), anchor, blocks));
        }
        return views;
    }

    private static TableView table(Table table) {
        int columns = table.columnCount();
        List<CellView> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(new CellView(c < table.headers().size() ? Text.columnLabel(table.headers().get(c)) : "",
                    align(table.alignment(c))));
        }
        List<List<CellView>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new CellView(c < row.size() ? row.get(c) : "", align(table.alignment(c))));
            }
            rows.add(cells);
        }
        return new TableView(headers, rows);
    }

    private static String align(Alignment alignment) {
        return alignment == Alignment.RIGHT || alignment == Alignment.CENTER
                ? alignment.name().toLowerCase(Locale.ROOT) : "";
    }
}

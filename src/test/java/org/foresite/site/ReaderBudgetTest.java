package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.BuiltSites;
import org.foresite.SiteFiles;
import org.foresite.check.SiteChecker;
import org.foresite.link.PageSizes;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Term;
import org.junit.jupiter.api.Test;

/**
 * No page grows with the knowledge base: on the generated knowledge base of 1,500 articles, lists that hold
 * everything at this size are split, every page stays under 150 KB and every data file under 300 KB, and every
 * page of the splits is reachable. The benchmark (bench/pages.sh) measures the same budgets at 3,000 and 30,000.
 */
class ReaderBudgetTest {
    static final long PAGE_BUDGET = 150 * 1024;
    static final long DATA_BUDGET = 300 * 1024;

    @Test
    void everyPageAndDataFileStaysWithinItsBudget() throws IOException {
        Path site = BuiltSites.generated().site();
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, Path> e : new SiteFiles(site).files().entrySet()) {
            long size = Files.size(e.getValue());
            String name = e.getKey();
            if (name.endsWith(".html") && size > PAGE_BUDGET || (name.endsWith(".js") || name.endsWith(".css")) && size > DATA_BUDGET) {
                over.add(name + " " + size / 1024 + " KB");
            }
        }
        assertEquals(List.of(), over);
    }

    @Test
    void theListsThatWouldGrowAreSplitAndEveryPartIsReachable() {
        Path site = BuiltSites.generatedFromRealArticles().site();
        SiteFiles files = new SiteFiles(site);
        List<String> pages = files.pages();
        assertTrue(pages.contains("keywords/page-2.html") && pages.contains("themes/page-2.html"), "the A–Z lists are paged");
        UrlScheme urls = UrlScheme.of(BuiltSites.generated().kb());
        for (TermKind kind : TermKind.values()) {
            for (Term t : kind.of(BuiltSites.generated().kb())) {
                int count = PageSizes.pageCount(t.articleIds().size(), PageSizes.DEFAULT.articlesPerPage());
                assertTrue(pages.contains(urls.term(kind, t.key(), count)) && !pages.contains(urls.term(kind, t.key(), count + 1)),
                        t.display() + " has " + t.articleIds().size() + " articles on " + count + " pages");
            }
        }
        assertTrue(pages.stream().anyMatch(p -> p.matches("timeline/[0-9]{4}\\.html")), "the timeline has a page per year");
        assertTrue(files.files().keySet().stream().noneMatch(f -> f.equals("signals/data.js")),
                "the signals are never in one file");
        assertEquals(List.of(), new SiteChecker(site).check(null));
    }
}

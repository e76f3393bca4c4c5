package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foresite.AtomSchema;
import org.foresite.Browser;
import org.foresite.BuiltSites;
import org.foresite.Fixtures;
import org.foresite.KnowledgeBases;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.foresite.StaticServer;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.SignalSource;
import org.foresite.link.TermKind;
import org.foresite.link.Trends;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.search.SignalTable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foresight views on the real knowledge base (the fixtures where it is absent): trends with a chart per theme, a
 * chart on each theme page, an Atom feed per theme, the downloads, and signal cards printed to PDF.
 */
class ForesightViewsTest {
    static final String BASE = "https://example.org/kb/";

    @TempDir
    static Path tmp;
    static Path site;
    static SiteFiles files;
    static KnowledgeBase kb;
    static UrlScheme urls;
    static boolean real;

    @BeforeAll
    static void build() throws IOException {
        real = RealCorpus.isPresent();
        if (!real) {
            System.out.println("SKIPPED in part: the real corpus is absent; the foresight views are checked on the fixtures");
        }
        Path seeds = real ? RealCorpus.copyAllInto(tmp.resolve("seeds")) : Fixtures.KB;
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildOptions(seeds, Builds.TEMPLATES, site, BASE, "Foresight KB"));
        files = new SiteFiles(site);
        kb = KnowledgeBases.read(seeds);
        urls = UrlScheme.of(kb);
    }

    @Test
    void trendsRankThemesWithAChartEach() {
        Trends trends = Trends.of(kb);
        Document page = files.page("trends.html");
        List<Element> rows = page.select("ol.trends > li");
        int judged = trends.emerging().size() + trends.steady().size() + trends.fading().size();
        assertTrue(judged > 0, "some theme is judged");
        assertEquals(Math.min(25, trends.emerging().size()) + Math.min(25, trends.steady().size())
                + Math.min(25, trends.fading().size()), rows.size());
        for (Element row : rows) {
            assertEquals(Trends.QUARTERS, row.select("figure.chart rect.bar").size(), row.text());
            assertEquals(Trends.QUARTERS, row.select("figure.chart table tbody tr").size(), "a table for screen readers");
        }
        List<Double> emerging = page.select("#emerging ~ ol.trends > li .count").eachText().stream()
                .map(t -> Double.parseDouble(t.replaceAll(".*momentum ", ""))).toList();
        List<Double> sorted = new ArrayList<>(emerging);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, emerging, "emerging themes, strongest first");
        assertTrue(page.select("p.lead time").attr("datetime").compareTo(LocalDate.now().plusYears(1).toString()) < 0
                        || !real, "the reference date is not a stray future date");
        assertTrue(trends.reference() != null && trends.quarters().size() == Trends.QUARTERS);
    }

    @Test
    void theThemePageOfArtificialIntelligenceShowsItsChart() {
        String key = real ? "artificial intelligence" : "agriculture";
        Document page = files.page(urls.theme(key));
        Element chart = page.selectFirst("figure.chart");
        assertTrue(chart != null, "the theme page has a chart");
        Trends trends = Trends.of(kb);
        List<Integer> expected = new ArrayList<>();
        LocalDate first = LocalDate.of(Integer.parseInt(trends.quarters().get(0).substring(0, 4)),
                (trends.quarters().get(0).charAt(6) - '1') * 3 + 1, 1);
        for (int q = 0; q < Trends.QUARTERS; q++) {
            LocalDate from = first.plusMonths(3L * q);
            LocalDate to = from.plusMonths(3);
            Term theme = kb.themes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
            expected.add((int) theme.articleIds().stream().map(kb::article)
                    .filter(a -> a.origin() != null && a.origin().date() != null)
                    .map(a -> a.origin().date())
                    .filter(d -> !d.isBefore(from) && d.isBefore(to) && !d.isAfter(trends.reference())).count());
        }
        assertEquals(expected, chart.select("tbody tr td:nth-child(2)").eachText().stream().map(Integer::parseInt).toList(),
                "articles per quarter, counted from the articles' dates");
    }

    @Test
    void everyThemePageLinksAValidFeedOfItsNewestArticles() throws Exception {
        for (Term theme : kb.themes()) {
            Document page = files.page(urls.theme(theme.key()));
            String feed = page.select("link[rel=alternate][type=application/atom+xml]").attr("href");
            assertEquals(urls.themeFeed(theme.key()).substring("themes/".length()), feed, theme.display());
            Path file = site.resolve(urls.themeFeed(theme.key()));
            assertEquals(List.of(), AtomSchema.problems(file), file.toString());
            Document xml = org.jsoup.Jsoup.parse(Files.readString(file), "", org.jsoup.parser.Parser.xmlParser());
            List<String> expected = theme.articleIds().stream().map(kb::article)
                    .filter(a -> a.origin() != null && a.origin().date() != null).limit(20)
                    .map(a -> BASE + urls.article(a.id())).toList();
            assertEquals(expected, xml.select("entry > id").eachText(), theme.display());
        }
    }

    @Test
    void signalsCsvHasOneRowPerSignal() throws IOException {
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .readValues(site.resolve("downloads/signals.csv").toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(Downloads.SIGNAL_COLUMNS, rows.get(0), "a header row");
        assertEquals(kb.signalCount(), rows.size() - 1, "one row per signal");
        List<List<String>> expected = new ArrayList<>();
        for (SignalTable.Row row : SignalTable.of(SignalSource.of(kb, urls)).rows()) {
            expected.add(List.of(kb.articles().get(row.articleNumber()).id(), row.article().title(), row.signal().name(),
                    row.signal().relevancy()));
        }
        List<List<String>> actual = rows.subList(1, rows.size()).stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(4), r.get(9))).toList();
        assertEquals(expected, actual);
        assertTrue(new String(Files.readAllBytes(site.resolve("downloads/signals.csv")), java.nio.charset.StandardCharsets.UTF_8)
                .contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void articlesJsonHasOneRecordPerArticle() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("downloads/articles.json").toFile());
        assertEquals(kb.articles().size(), json.get("articles").size());
        assertEquals(kb.articles().size(), json.get("count").asInt());
        for (int i = 0; i < kb.articles().size(); i++) {
            Article a = kb.articles().get(i);
            JsonNode record = json.get("articles").get(i);
            assertEquals(a.id(), record.get("id").asText());
            assertEquals(a.title(), record.get("title").asText());
            assertEquals(a.signals().size(), record.get("signals").size(), a.id());
            assertEquals(BASE + urls.article(a.id()), record.get("url").asText());
            assertEquals(kb.closest().get(a.id()).size(), record.get("closest").size());
        }
        assertFalse(files.page("index.html").select("a[href=downloads/articles.json]").isEmpty(), "linked from home");
        assertFalse(files.page("signals.html").select("a[href=downloads/signals.csv]").isEmpty(), "linked from signals");
    }

    @Test
    void signalCardsPrintWholeSeveralToAnA4Page() throws Exception {
        Browser.assumeBrowser();
        BuiltSites.Built built = BuiltSites.generated();
        UrlScheme generatedUrls = UrlScheme.of(built.kb());
        SignalTable table = SignalTable.of(SignalSource.of(built.kb(), generatedUrls));
        Term theme = built.kb().themes().stream().filter(t -> {
            int n = table.view(t.key(), null, null, false).size();
            return n >= 30 && n <= 120;
        }).findFirst().orElseThrow();
        int signals = table.view(theme.key(), null, null, false).size();
        Path pdf = tmp.resolve("cards.pdf");
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            JsonNode seen = Browser.run(List.of(Map.of("kind", "cardsPdf", "pdf", pdf.toString(), "url",
                    server.url() + "signals.html?theme=" + generatedUrls.slug(TermKind.THEMES, theme.key()) + "&cards=1")))
                    .get(0);
            assertEquals(signals, seen.get("cards").asInt(), "a card per signal of the theme");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            int found = 0;
            for (int card = 1; card <= signals; card++) {
                String head = "Card " + card + " of " + signals;
                String end = "(card " + card + ")";
                int headPage = -1;
                int endPage = -1;
                for (int p = 0; p < pages.size(); p++) {
                    if (pages.get(p).contains(head + "\n") || pages.get(p).endsWith(head)) {
                        headPage = p;
                    }
                    if (pages.get(p).contains(end)) {
                        endPage = p;
                    }
                }
                assertTrue(headPage >= 0, head + " is printed");
                assertEquals(headPage, endPage, "card " + card + " is whole on one page");
                found++;
            }
            assertEquals(signals, found);
            assertTrue(document.getNumberOfPages() < signals / 2, "several cards to a page: "
                    + document.getNumberOfPages() + " pages for " + signals + " cards");
        }
    }
}

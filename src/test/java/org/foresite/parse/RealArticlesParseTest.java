package org.foresite.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.foresite.RealCorpus;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.model.Article;
import org.foresite.model.ClosestRef;
import org.foresite.model.Property;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses the real knowledge base kept beside the repository ({@code ../shared}, see {@link RealCorpus}).
 * Every expected value below was read from the files themselves, not from the parser's output.
 */
class RealArticlesParseTest {

    private static final List<String> OLD_SIGNALS = List.of("Signal", "Change", "10y horizon", "Driving force");
    private static final List<String> NEW_SIGNALS =
            List.of("name", "description", "change", "10-year", "driving-force", "relevancy");
    private static final List<String> B1 = List.of("name", "description", "relevancy");
    private static final List<String> B2 = List.of("name", "description");
    private static final List<Property> SCIENCE_RESEARCH = List.of(new Property("Category", "science"),
            new Property("Type", "research article"));
    private static final List<Property> TECH_BLOG = List.of(new Property("Category", "technology"),
            new Property("Type", "blog post"));
    private static final String SUBSTACK = "https://kghosh.substack.com/p/";

    // ---------------------------------------------------------------- Test A: every file

    @Test
    void parsesEveryRealFile() throws IOException {
        RealCorpus.assumePresent();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(RealCorpus.FUTURES, RealCorpus.SEEDS)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertEquals(295, files.size(), "294 futures articles and the original seed");
        ArticleParser parser = new ArticleParser();
        List<Executable> checks = new ArrayList<>();
        for (Path path : files) {
            String fileName = path.getFileName().toString();
            String id = fileName.substring(0, fileName.lastIndexOf('.'));
            String text = Files.readString(path, StandardCharsets.UTF_8);
            checks.add(() -> {
                ParsedArticle parsed = parser.parse(id, fileName, text);
                Article a = parsed.article();
                assertEquals(id, a.id(), fileName);
                assertFalse(a.title() == null || a.title().isBlank(), fileName + ": blank title");
                // every real file has a title heading, so the title never falls back to the id
                assertFalse(a.title().equals(id), fileName + ": title fell back to the id");
                assertNotNull(a.origin(), fileName + ": every real heading names an issue");
                assertFalse(a.externalUrl().isBlank(), fileName + ": every real file has an external link");
            });
        }
        assertAll("every real file parses", checks);
    }

    // ---------------------------------------------------------------- Test B: chosen files, field by field

    static Stream<Named<Expect>> chosenFiles() {
        return Stream.of(
                expect("182bea68661560af4b5ef5728107212b.md", "old format, 10-item Closest, a repeated keyword")
                        .title("The Enshittening of Knowledge: ChatGPT and its Implications")
                        .origin("20220128", LocalDate.of(2022, 1, 28), SUBSTACK + "20220128")
                        .external("https://castlebridge.ie/insights/llms-and-the-enshittening-of-knowledge/")
                        // 10 items; 'Enshittening of Knowledge' is on lines 14 and 22
                        .keywords(9, "ChatGPT")
                        .themes("ChatGPT and AI systems", "Data quality and accuracy", "Enshittening of Knowledge")
                        .table("Signals", OLD_SIGNALS, 1)
                        .closest(10, "Backdooring a summarizerbot to shape opinion", "4d1abdf7e702b559c6ccff847ce4d8d0")
                        .diagnostic(22, Severity.NOTE, "repeated Keywords entry 'Enshittening of Knowledge'"),
                expect("001b195bbddec8fb0193b668a70aa883.md", "old format, 5-item Closest, future date 20290911")
                        .title("Fart Proudly: Benjamin Franklin's Essay on Flatulence")
                        .origin("20290911", LocalDate.of(2029, 9, 11), SUBSTACK + "20290911")
                        .external("https://en.wikipedia.org/wiki/Fart_Proudly")
                        .keywords(10, "Fart Proudly")
                        .themes("humor", "scientific research", "social norms")
                        .table("Signals", OLD_SIGNALS, 5)
                        .closest(5, "The Legacy of American Novelists", "4c3432a8b55708ec616a64ca00632fdf"),
                expect("01bec9add8819c277aad7d7ba19983f7.md", "old format, Closest with a single empty item '* '")
                        .title("Boosting Productivity and Satisfaction with Generative AI")
                        .origin("20230927", LocalDate.of(2023, 9, 27), SUBSTACK + "20230927")
                        .external("https://www.nber.org/papers/w31161?utm_source=substack&utm_medium=email")
                        .keywords(10, "generative AI")
                        .themes("AI in customer support", "impact on productivity", "knowledge dissemination")
                        .table("Signals", OLD_SIGNALS, 5)
                        .noClosest()
                        .diagnostic(42, Severity.NOTE, "empty Closest entry"),
                expect("00931247998b35b40d513cfa65a11571.md", "new format B1 (3-column Concerns etc.)")
                        .title("Airlines Face Electrification Challenges Amid Sustainability Goals")
                        .origin("20221204", LocalDate.of(2022, 12, 4), SUBSTACK + "20221204")
                        .external("https://www.axios.com/2022/12/01/united-airlines-batteries?utm_source=newsletter"
                                + "&utm_medium=email&utm_campaign=newsletter_axioswhatsnext&stream=science")
                        .keywords(9, "airlines")
                        .themes("airlines", "electrification", "energy storage", "sustainability", "aviation")
                        .other(TECH_BLOG)
                        .table("Signals", NEW_SIGNALS, 5)
                        .table("Concerns", B1, 6)
                        .table("Behaviors", B1, 6)
                        .table("Technologies", B1, 5)
                        .table("Issues", B1, 7)
                        .noClosest(),
                expect("012bf9caa269b6abd6416eb1f301ffc5.md", "new format B2 (2-column), Summary line with trailing space")
                        .title("Uber Expands Income Opportunities for Drivers with New Online Tasks and Features")
                        .origin("20251123", LocalDate.of(2025, 11, 23), SUBSTACK + "20251123")
                        .external("https://www.cnbc.com/2025/10/16/uber-will-offer-us-drivers-more-gig-work-including-ai"
                                + "-data-labeling.html")
                        .keywords(6, "Uber")
                        .themes("uber", "drivers", "gig economy", "ai jobs", "women riders")
                        .other(List.of(new Property("Category", "technology"), new Property("Type", "news")))
                        .table("Signals", NEW_SIGNALS, 5)
                        .table("Concerns", B2, 7)
                        .table("Behaviors", B2, 5)
                        .table("Technologies", B2, 5)
                        .table("Issues", B2, 5)
                        .noClosest(),
                expect("020f4c068eda98b86af4897adbd52354.md", "B1 with a 'description | relevancy | src' Technologies table")
                        .title("Overview of the Orange Pi RV2: Affordable Octa-Core Single-Board Computer")
                        .origin("20250316", LocalDate.of(2025, 3, 16), SUBSTACK + "20250316")
                        .external("https://liliputing.com/orange-pi-rv2-is-a-single-board-pc-with-an-8-core-risc-v-processor/")
                        .keywords(7, "Orange Pi RV2")
                        .themes("orange pi", "single-board computer", "technology", "hardware")
                        .other(TECH_BLOG)
                        .table("Signals", NEW_SIGNALS, 5)
                        .table("Concerns", B1, 5)
                        .table("Behaviors", B1, 7)
                        .table("Technologies", List.of("description", "relevancy", "src"), 6)
                        .table("Issues", B1, 6)
                        .noClosest(),
                expect("00344fccd0922ea64c011f2e3e163153.md", "issue token with a 'd' suffix (20250511d), B2")
                        .title("Exploring the Overlooked Issue of Female Radicalization in Modern Society")
                        .origin("20250511d", LocalDate.of(2025, 5, 11), SUBSTACK + "20250511d")
                        .external("https://www.dazeddigital.com/life-culture/article/66575/1/we-need-to-talk-about-female"
                                + "-radicalisation-adolescence-online-content")
                        .keywords(6, "Euphoria")
                        .themes("female radicalisation", "internet culture", "misogyny", "gender roles", "feminism")
                        .other(List.of(new Property("Category", "culture"), new Property("Type", "blog post")))
                        .table("Signals", NEW_SIGNALS, 5)
                        .table("Concerns", B2, 7)
                        .table("Behaviors", B2, 6)
                        .table("Technologies", B2, 5)
                        .table("Issues", B2, 7)
                        .noClosest(),
                expect("00ad32cd528c6694bc92a7385743064c.md", "yearly-review issue token, analyses/topics link, Issues = Concerns")
                        .title("Nuclear Technology and Cybersecurity: Global Risks and Responses")
                        .origin("20251231-a-yearly-review", LocalDate.of(2025, 12, 31), SUBSTACK + "20251231-a-yearly-review")
                        .external("https://futures.kghosh.me/analyses/topics/nuclearsafetyandsecurity/"
                                + "nuclearsafetyandsecurity.html")
                        .keywords(10, "cybersecurity")
                        .themes("nuclear technology", "cybersecurity", "international relations", "climate change",
                                "energy security")
                        .other(SCIENCE_RESEARCH)
                        .table("Signals", NEW_SIGNALS, 5)
                        .table("Concerns", B2, 11)
                        .table("Behaviors", B2, 10)
                        .table("Technologies", B2, 9)
                        .table("Issues", B2, 10)
                        .noClosest(),
                expect("036d251f4174f7f407504fbb77e9c7c5.md", "'[20250504 ](.../20250504 )': spaces inside token and URL")
                        .title("Understanding the Importance of Robust Evaluation Systems in AI Development")
                        .origin("20250504", LocalDate.of(2025, 5, 4), SUBSTACK + "20250504")
                        .external("https://newsletter.armand.so/p/beyond-the-ai-pilots-reliable-ai-one-eval-at-a-time")
                        .keywords(5, "AI")
                        .themes("AI evaluation", "product development", "continuous improvement", "evaluation systems")
                        .other(TECH_BLOG)
                        .table("Signals", NEW_SIGNALS, 4)
                        .table("Concerns", B2, 6)
                        .table("Behaviors", B2, 7)
                        .table("Technologies", B2, 6)
                        .table("Issues", B2, 5)
                        .noClosest(),
                expect("002d4d9211952bdfe5bbac13ccf20947.md", "float issue token, character-split Keywords and Themes")
                        .title("Unraveling the Mystery of a Hidden Telegraph Code in an Antique Silk Dress")
                        .origin("4320.0", null, SUBSTACK + "4320.0")
                        .external("https://arstechnica.com/science/2024/01/someone-finally-cracked-the-silk-dress"
                                + "-cryptogram-after-10-years/?utm_source=substack&utm_medium=email")
                        // 77 one-character items (lines 9-85) joined: "silk dress, cryptogram, coded messages, ..."
                        .keywordList("silk dress", "cryptogram", "coded messages", "telegraph", "Wayne Chan",
                                "Sara Rivers-Cofield")
                        // 43 one-character items (lines 89-131) joined: "cryptography,history,dress,weather,decoding"
                        .themes("cryptography", "history", "dress", "weather", "decoding")
                        .other(List.of(new Property("Category", "others"), new Property("Type", "blog post")))
                        .table("Signals", NEW_SIGNALS, 5)
                        .noClosest()
                        .diagnostic(1, Severity.WARNING, "'4320.0' is not a date")
                        .diagnostic(9, Severity.WARNING, "Keywords is written one character per item")
                        .diagnostic(89, Severity.WARNING, "Themes is written one character per item"),
                expect("04812fe3c35f54dbe402772b71bcbef6.md", "184 keywords, largest file (303 lines), B1")
                        .title("Innovative Products and Technologies Transforming Everyday Life and Sustainability")
                        .origin("20231111", LocalDate.of(2023, 11, 11), SUBSTACK + "20231111")
                        .external("https://time.com/collection/best-inventions-2023/")
                        .keywords(184, "Cionic Neural Sleeve")
                        .lastKeyword("Ignik.")
                        .themes("accessibility", "technology", "innovation", "consumer products", "AI", "sustainability",
                                "fitness", "medical care", "transportation")
                        .other(TECH_BLOG)
                        .table("Signals", NEW_SIGNALS, 7)
                        .table("Concerns", B1, 10)
                        .table("Behaviors", B1, 10)
                        .table("Technologies", B1, 28)
                        .table("Issues", B1, 10)
                        .noClosest(),
                expect("77a1e8adf276dbc84c60c1c7fd878db8.md", "double quotes inside the title, 11 signals")
                        .title("The Importance of a \"Chief Trade Officer\"")
                        .origin("20230205", LocalDate.of(2023, 2, 5), SUBSTACK + "20230205")
                        .external("https://www.bcg.com/publications/2023/protectionism-pandemic-war-and-future-of-trade"
                                + "?utm_source=substack&utm_medium=email")
                        .keywords(10, "trade")
                        .themes("Global trade challenges", "Changing trade dynamics", "Supply chain resilience")
                        .table("Signals", OLD_SIGNALS, 11)
                        .closest(10, "The Importance of a \"Chief Trade Officer\"", "77a1e8adf276dbc84c60c1c7fd878db8"),
                expect("9f6a82373421931ea7e960ae526ff457.md", "whole title in double quotes")
                        .title("\"Career Cushioning: Protecting Your Future\"")
                        .origin("20230115", LocalDate.of(2023, 1, 15), SUBSTACK + "20230115")
                        .external("https://www.businessinsider.com/career-cushioning-recession-layoffs-protect-job-2022-12"
                                + "?r=US&IR=T")
                        .keywords(10, "career cushioning")
                        .themes("career cushioning", "job security", "professional development")
                        .table("Signals", OLD_SIGNALS, 5)
                        .closest(10, "\"Career Cushioning: Protecting Your Future\"", "9f6a82373421931ea7e960ae526ff457"),
                expect("150d9e636fc3b6404f150b8f049f626b.md", "Python code dumped into Summary, one keyword and one theme")
                        .title("DALL\u00b7E 2: Creating Realistic Images from Text Descriptions")
                        .origin("20220721", LocalDate.of(2022, 7, 21), SUBSTACK + "20220721")
                        .external("https://openai.com/dall-e-2")
                        .keywordList("keywords")
                        .themes("themes")
                        .table("Signals", OLD_SIGNALS, 9)
                        .closest(10, "DALL\u00b7E 2: Creating Realistic Images from Text Descriptions",
                                "150d9e636fc3b6404f150b8f049f626b"),
                expect("000_2f80272d6c4c95e2.txt", "the original seed (.txt, non-ASCII middle dot)")
                        .seed()
                        .title("Introducing DALL\u00b7E 2: AI Creates Realistic Images from Text")
                        .origin("20220810", LocalDate.of(2022, 8, 10), SUBSTACK + "20220810")
                        .external("https://openai.com/dall-e-2/")
                        .keywords(10, "DALL\u00b7E 2")
                        .themes("AI system", "image generation", "safety precautions")
                        .table("Signals", OLD_SIGNALS, 9)
                        .closest(10, "DALL\u00b7E 2: Creating Realistic Images from Text Descriptions",
                                "150d9e636fc3b6404f150b8f049f626b"))
                .map(e -> Named.of(e.file + " - " + e.why, e));
    }

    @Test
    void keepsExternalLinksWithUnbalancedParentheses() throws IOException {
        RealCorpus.assumePresent();
        String file = "c4e67bccfa2804a74e675f9084b9e724.md";
        String text = Files.readString(RealCorpus.FUTURES.resolve(file), StandardCharsets.UTF_8);
        String url = new ArticleParser().parse("c4e67bccfa2804a74e675f9084b9e724", file, text).article().externalUrl();
        assertTrue(url.startsWith("https://news.yahoo.com/telfar-announces-first-ever-reverse-191427710.html?"), url);
        assertTrue(url.endsWith("more%20than%2050%25%20off).&text=The%20reverse%20sale's%20intention%20is,"
                + "demand%20and%20scarcity%20and%20value."), url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chosenFiles")
    void readsTheRealFieldsOfAChosenFile(Expect e) throws IOException {
        RealCorpus.assumePresent();
        e.check();
    }

    // ---------------------------------------------------------------- expectations, one builder per file

    private static Expect expect(String file, String why) {
        return new Expect(file, why);
    }

    record TableSpec(String name, List<String> headers, int rows) {
    }

    record DiagSpec(int line, Severity severity, String fragment) {
    }

    static final class Expect {
        final String file;
        final String why;
        private Path dir = RealCorpus.FUTURES;
        private String title;
        private String issue;
        private LocalDate date;
        private String originUrl;
        private String external;
        private int keywordCount = -1;
        private String firstKeyword;
        private List<String> keywordList;
        private String lastKeyword;
        private List<String> themes;
        private List<Property> other = List.of();
        private final List<TableSpec> tables = new ArrayList<>();
        private int closestCount = -1;
        private ClosestRef firstClosest;
        private final List<DiagSpec> diagnostics = new ArrayList<>();

        Expect(String file, String why) {
            this.file = file;
            this.why = why;
        }

        Expect seed() {
            dir = RealCorpus.SEEDS;
            return this;
        }

        Expect title(String t) {
            title = t;
            return this;
        }

        Expect origin(String token, LocalDate d, String url) {
            issue = token;
            date = d;
            originUrl = url;
            return this;
        }

        Expect external(String url) {
            external = url;
            return this;
        }

        Expect keywords(int count, String first) {
            keywordCount = count;
            firstKeyword = first;
            return this;
        }

        Expect keywordList(String... all) {
            keywordList = List.of(all);
            return keywords(all.length, all[0]);
        }

        Expect lastKeyword(String last) {
            lastKeyword = last;
            return this;
        }

        Expect themes(String... all) {
            themes = List.of(all);
            return this;
        }

        Expect other(List<Property> props) {
            other = props;
            return this;
        }

        Expect table(String name, List<String> headers, int rows) {
            tables.add(new TableSpec(name, headers, rows));
            return this;
        }

        Expect closest(int count, String firstText, String firstTarget) {
            closestCount = count;
            firstClosest = new ClosestRef(firstText, firstTarget, 0);
            return this;
        }

        Expect noClosest() {
            closestCount = 0;
            return this;
        }

        Expect diagnostic(int line, Severity severity, String fragment) {
            diagnostics.add(new DiagSpec(line, severity, fragment));
            return this;
        }

        void check() throws IOException {
            String id = file.substring(0, file.lastIndexOf('.'));
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            ParsedArticle parsed = new ArticleParser().parse(id, file, text);
            Article a = parsed.article();
            List<Executable> checks = new ArrayList<>();
            checks.add(() -> assertEquals(id, a.id(), "id"));
            checks.add(() -> assertEquals(title, a.title(), "title"));
            checks.add(() -> {
                assertNotNull(a.origin(), "origin");
                assertEquals(issue, a.origin().issue(), "origin issue token");
                if (date == null) {
                    assertNull(a.origin().date(), "origin date");
                } else {
                    assertEquals(date, a.origin().date(), "origin date");
                }
                assertEquals(originUrl, a.origin().url(), "origin url");
            });
            checks.add(() -> assertEquals(external, a.externalUrl(), "external link"));
            checks.add(() -> assertFalse(a.summary().isBlank(), "summary"));
            checks.add(() -> assertEquals(keywordCount, a.keywords().size(), "keyword count " + a.keywords()));
            checks.add(() -> assertEquals(firstKeyword, a.keywords().isEmpty() ? null : a.keywords().get(0),
                    "first keyword"));
            if (keywordList != null) {
                checks.add(() -> assertEquals(keywordList, a.keywords(), "keywords"));
            }
            if (lastKeyword != null) {
                checks.add(() -> assertEquals(lastKeyword, a.keywords().get(a.keywords().size() - 1), "last keyword"));
            }
            checks.add(() -> assertEquals(themes.size(), a.themes().size(), "theme count " + a.themes()));
            checks.add(() -> assertEquals(themes.get(0), a.themes().isEmpty() ? null : a.themes().get(0), "first theme"));
            checks.add(() -> assertEquals(themes, a.themes(), "themes"));
            checks.add(() -> assertEquals(other, a.other(), "Other properties"));
            checks.add(() -> assertEquals(tables.stream().map(TableSpec::name).toList(),
                    a.sections().stream().map(Section::name).toList(), "sections in document order"));
            for (int i = 0; i < tables.size(); i++) {
                TableSpec spec = tables.get(i);
                int index = i;
                checks.add(() -> {
                    assertTrue(index < a.sections().size(), "section " + spec.name() + " missing");
                    Section section = a.sections().get(index);
                    assertEquals(spec.name(), section.name(), "section name");
                    Table table = section.table().orElseThrow(() -> new AssertionError(spec.name() + " has no table"));
                    assertEquals(spec.headers(), table.headers(), spec.name() + " headers");
                    assertEquals(spec.rows(), table.rows().size(), spec.name() + " row count");
                    for (List<String> row : table.rows()) {
                        assertEquals(spec.headers().size(), row.size(), spec.name() + " row width " + row);
                    }
                });
            }
            checks.add(() -> assertEquals(closestCount, a.closest().size(), "Closest count " + a.closest()));
            if (firstClosest != null) {
                checks.add(() -> assertEquals(firstClosest, new ClosestRef(a.closest().get(0).text(), a.closest().get(0).target(), 0),
                        "first Closest entry"));
            }
            checks.add(() -> {
                List<Diagnostic> got = parsed.diagnostics();
                String all = got.stream().map(Diagnostic::format).toList().toString();
                assertEquals(diagnostics.size(), got.size(), "diagnostics " + all);
                for (int i = 0; i < diagnostics.size(); i++) {
                    DiagSpec want = diagnostics.get(i);
                    Diagnostic d = got.get(i);
                    assertEquals(want.line(), d.line(), "diagnostic line " + all);
                    assertEquals(want.severity(), d.severity(), "diagnostic severity " + all);
                    assertTrue(d.message().contains(want.fragment()),
                            "diagnostic " + i + " should mention '" + want.fragment() + "': " + all);
                }
            });
            assertAll(file, checks);
        }
    }
}

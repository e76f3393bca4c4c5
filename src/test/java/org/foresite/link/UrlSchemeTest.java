package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.junit.jupiter.api.Test;

class UrlSchemeTest {

    private static Article article(String id, List<String> themes) {
        return new Article(id, id + ".md", "Title " + id, null, "", "", List.of(), themes, List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void linksAreRelativeBetweenAnyTwoPages() {
        assertEquals("../themes/ai.html", UrlScheme.href("articles/x.html", "themes/ai.html"));
        assertEquals("ai.html", UrlScheme.href("themes/index.html", "themes/ai.html"));
        assertEquals("articles/x.html", UrlScheme.href("index.html", "articles/x.html"));
        assertEquals("../index.html", UrlScheme.href("keywords/a.html", "index.html"));
        assertEquals("../assets/style.css", UrlScheme.href("articles/x.html", "assets/style.css"));
        assertEquals("search/", UrlScheme.href("search.html", "search/"), "a folder link keeps its slash");
        assertEquals("../search/", UrlScheme.href("articles/x.html", "search/"));
        assertEquals("../../x/y.html", UrlScheme.href("a/b/c.html", "x/y.html"), "two folders up");
        assertEquals("../c/d.html", UrlScheme.href("a/b/e.html", "a/c/d.html"), "a shared first folder");
        assertEquals("../ab/d.html", UrlScheme.href("a/e.html", "ab/d.html"), "folders compared whole, not by prefix");
    }

    @Test
    void slugsAreReadableLowercaseAscii() {
        assertEquals("dall-e-2", Slugger.slug("DALL·E 2"));
        assertEquals("cafe-creme", Slugger.slug("Café Crème"));
        assertEquals("strasse-oeuvre", Slugger.slug("Straße Œuvre"));
        assertEquals("c-plus-plus", Slugger.slug("C++"));
        assertEquals("c-sharp", Slugger.slug("C#"));
        assertEquals("ai", Slugger.slug("ＡＩ"));
        assertEquals("", Slugger.slug("🚀 ✨"));
        String longSlug = Slugger.slug("a very long theme ".repeat(30));
        assertTrue(longSlug.length() <= Slugger.MAX_LENGTH, longSlug);
        assertTrue(!longSlug.endsWith("-"));
    }

    @Test
    void collidingTermsGetDistinctStableSlugs() {
        KnowledgeBase kb = Linker.link(List.of(
                article("a", List.of("A.I.", "a i", "index", "🚀", "✨", "e-commerce")),
                article("b", List.of("e commerce", "AI"))));
        UrlScheme urls = UrlScheme.of(kb);
        Set<String> paths = new HashSet<>();
        for (Term t : kb.themes()) {
            assertTrue(paths.add(urls.theme(t.key())), "two terms share " + urls.theme(t.key()));
            assertTrue(urls.theme(t.key()).matches("themes/[a-z0-9-]+\\.html"), urls.theme(t.key()));
        }
        assertEquals(8, paths.size());
        assertEquals("themes/a-i.html", urls.theme("a i"), "the plainest spelling keeps the readable slug");
        assertEquals("themes/a-i-" + Slugger.hash("a.i.") + ".html", urls.theme("a.i."));
        assertEquals("themes/ai.html", urls.theme("ai"));
        assertEquals("themes/e-commerce.html", urls.theme("e commerce"), "shorter key first among equally plain ones");
        assertNotEquals(UrlScheme.THEMES, urls.theme("index"), "a theme called 'index' never replaces the index page");
        assertEquals("themes/term-" + Slugger.hash("🚀") + ".html", urls.theme("🚀"));

        // Slugs do not depend on which other articles exist or in which order they come.
        UrlScheme again = UrlScheme.of(Linker.link(List.of(article("b", List.of("AI", "e commerce")),
                article("a", List.of("e-commerce", "✨", "🚀", "index", "a i", "A.I.")))));
        for (Term t : kb.themes()) {
            assertEquals(urls.theme(t.key()), again.theme(t.key()));
        }
    }

    @Test
    void articleFilesKeepSafeIdsAndSlugTheRest() {
        KnowledgeBase kb = Linker.link(List.of(article("0a1b2c", List.of()), article("000_2f80", List.of()),
                article("Notes on Zürich", List.of())));
        UrlScheme urls = UrlScheme.of(kb);
        assertEquals("articles/0a1b2c.html", urls.article("0a1b2c"));
        assertEquals("articles/000_2f80.html", urls.article("000_2f80"));
        assertEquals("articles/notes-on-zurich-" + Slugger.hash("Notes on Zürich") + ".html", urls.article("Notes on Zürich"));
    }
}

package org.foresite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown as readers read it: what blurbs, search snippets, the feed and the index are made of. */
class PlainTextTest {
    private static String plain(String markdown) {
        return PlainText.of(markdown).replaceAll("\\s+", " ").strip();
    }

    @Test
    void emphasisGivesItsText() {
        assertEquals("A very really strong plain code point.", plain("A *very* _really_ **strong** __plain__ `code` point."));
    }

    @Test
    void linksOfEveryKindGiveTheirText() {
        assertEquals("See the report and the page.", plain("See the [report][1] and the [page](https://example.org/p).\n\n"
                + "[1]: https://example.org/report"));
        assertEquals("Read https://x.org or write to curator@example.org.", plain("Read <https://x.org> or write to <curator@example.org>."));
        assertEquals("An image shows its alt text.", plain("An ![image](pic.png) shows its alt text."));
    }

    @Test
    void htmlGivesItsTextNotItsTags() {
        assertEquals("Some bold words.", plain("Some <b>bold</b> <span class=\"x\">words</span>."));
        assertEquals("A block of html After it.", plain("<div><p>A block of <em>html</em></p></div>\n\nAfter it."));
        assertEquals("Hi alert(1) there.", plain("Hi <script>alert(1)</script> there."), "tags never come through");
    }

    @Test
    void blocksAreSeparatedAndDeepNestingStaysCheap() {
        assertEquals("First paragraph. Second paragraph.", plain("First paragraph.\n\nSecond paragraph."));
        String deep = ">".repeat(5000) + " quoted";
        assertEquals("quoted", plain(deep));
    }

    @Test
    void cutEndsAtAWordWithAnEllipsis() {
        assertEquals("one two…", PlainText.cut("one two three", 10));
        assertEquals("one two three", PlainText.cut("one   two\nthree", 20));
    }

    @Test
    void proseThatSkipsTheParserReadsAsTheParserReadsIt() {
        java.util.Random random = new java.util.Random(41);
        int prose = 0;
        for (int n = 0; n < 60_000; n++) {
            String t = org.foresite.MarkdownSamples.next(random);
            if (!t.isBlank() && PlainText.isProse(t)) {
                prose++;
            }
            assertEquals(PlainText.parsed(t), PlainText.of(t), () -> "plain text of " + t.replace("\n", "\\n"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(prose > 10_000, prose + " texts skipped the parser");
    }
}

package org.foresite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.foresite.model.Article;
import org.foresite.text.PlainText;
import org.foresite.model.Block;
import org.foresite.model.Property;
import org.foresite.model.Section;

/** The fields of the search index, with the boosts that weigh a match in each. */
public enum SearchField {
    TITLE("title", 6f, Article::title),
    KEYWORDS("keywords", 3f, a -> String.join("\n", a.keywords())),
    THEMES("themes", 3f, a -> String.join("\n", a.themes())),
    SUMMARY("summary", 1.5f, a -> plain(a.summary())),
    SIGNALS("signals", 1f, SearchField::tableText);

    private final String key;
    private final float boost;
    private final Function<Article, String> text;

    SearchField(String key, float boost, Function<Article, String> text) {
        this.key = key;
        this.boost = boost;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public float boost() {
        return boost;
    }

    public String text(Article article) {
        return text.apply(article);
    }

    /** Markdown as plain text: link targets and emphasis marks are not words anyone searches for. */
    public static String plain(String markdown) {
        return PlainText.of(markdown);
    }

    /** All the text of an article's sections (every table cell and free text) and of its Other list. */
    private static String tableText(Article article) {
        List<String> parts = new ArrayList<>();
        for (Section section : article.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.TableBlock t) {
                    t.table().rows().forEach(row -> parts.add(String.join("\n", row)));
                } else if (block instanceof Block.TextBlock text) {
                    parts.add(plain(text.markdown()));
                }
            }
        }
        for (Property p : article.other()) {
            parts.add(p.value());
        }
        return String.join("\n", parts);
    }
}

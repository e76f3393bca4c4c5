package org.foresite.text;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Seed Markdown as plain text, for one-line summaries, snippets, feeds and the search index: what a reader reads
 * of the rendered page. Parsed by flexmark, as the pages are, so emphasis ({@code *very*}, {@code _really_}), links of
 * every kind ({@code [report][1]}, {@code <https://x.org>}) and inline HTML ({@code <b>bold</b>}) give their text.
 */
public final class PlainText {
    /** Deeper list or quote nesting is flattened to this depth: parsing stays shallow and fast. */
    public static final int MAX_DEPTH = 16;
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    private PlainText() {
    }

    /** The text of a Markdown fragment, blocks separated by line breaks. */
    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // Most summaries are one line of prose, which Markdown gives back as it is: not worth a parse.
        return isProse(markdown) ? markdown : parsed(markdown);
    }

    /**
     * Whether a text is one line that Markdown reads as plain text: it starts with a letter (no block can start
     * there), ends without a space, and holds no character that can begin inline markup (emphasis, code, links,
     * images, HTML, entities, escapes) or end a line. {@code PlainTextTest} holds this against the parser.
     */
    public static boolean isProse(String text) {
        if (!Character.isLetter(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '&' || c == '\\'
                    || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u007f') {
                return false;
            }
        }
        return true;
    }

    /** {@link #of} by parsing, whatever the text. */
    static String parsed(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String bounded = flatten(markdown);
        try {
            Node document = PARSER.parse(bounded);
            List<Node> nodes = new ArrayList<>();
            document.getDescendants().forEach(nodes::add);
            for (Node node : nodes) {
                if (node instanceof HtmlInline) {
                    // An inline tag is markup; the text between two tags is a node of its own and stays.
                    node.unlink();
                } else if (node instanceof HtmlBlock) {
                    Paragraph text = new Paragraph();
                    text.appendChild(new Text(BasedSequence.of(Jsoup.parse(node.getChars().toString()).text())));
                    node.insertBefore(text);
                    node.unlink();
                } else if (node instanceof DelimitedLinkNode link) {
                    // <https://x.org> and <name@x.org>: their text is the address.
                    node.insertBefore(new Text(link.getText()));
                    node.unlink();
                }
            }
            return new TextCollectingVisitor().collectAndGetText(document);
        } catch (StackOverflowError e) {
            return bounded;
        }
    }

    /** Whitespace collapsed and the text cut at a word boundary, with an ellipsis, when longer than {@code max}. */
    public static String cut(String text, int max) {
        String flat = org.foresite.model.Whitespace.collapse(text).strip();
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
    }

    /** Nesting deeper than anyone writes (lists, quotes) flattened to {@link #MAX_DEPTH}. */
    public static String flatten(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (String line : markdown.split("\n", -1)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String rest = line.substring(indent);
            int quotes = 0;
            while (quotes < rest.length() && (rest.charAt(quotes) == '>' || rest.charAt(quotes) == ' ')) {
                quotes++;
            }
            String marks = rest.substring(0, quotes).replace(" ", "");
            if (marks.length() > MAX_DEPTH) {
                rest = ">".repeat(MAX_DEPTH) + " " + rest.substring(quotes);
            }
            out.append(" ".repeat(Math.min(indent, MAX_DEPTH * 2))).append(rest).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}

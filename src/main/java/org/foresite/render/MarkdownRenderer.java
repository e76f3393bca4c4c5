package org.foresite.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Set;

/**
 * Renders seed Markdown (summaries, free-text sections) to HTML that is safe to print raw:
 * raw HTML is escaped, only http(s) and mailto links become links (with {@code rel="noopener noreferrer"}),
 * and images are shown as their alt text so no page loads anything from outside the site.
 */
public final class MarkdownRenderer {
    /** Everything except http, https and mailto URLs is rendered as plain text. */
    /** Deeper list or quote nesting is flattened to this depth. */
    static final int MAX_DEPTH = 16;
    private static final String UNSAFE_LINKS = "(?is)^(?!\\s*(?:https?://|mailto:)).*";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, UNSAFE_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
                    @Override
                    public com.vladsch.flexmark.html.AttributeProvider apply(
                            com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            if (node instanceof Link) {
                                attributes.addValue("rel", "noopener noreferrer");
                            }
                        };
                    }
                })
                .nodeRendererFactory(options1 -> (NodeRenderer) () -> Set.of(
                        new NodeRenderingHandler<>(Image.class, (image, context, html) -> html.text(image.getText().toString()))))
                .build();
    }

    public SafeHtml render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        String bounded = flatten(markdown);
        try {
            return new SafeHtml(renderer.render(parser.parse(bounded)).strip());
        } catch (StackOverflowError e) {
            // A pathological seed must not stop the build: its text is shown, escaped, without formatting.
            return new SafeHtml("<p>" + escape(bounded).replaceAll("\n{2,}", "</p>\n<p>") + "</p>");
        }
    }

    /** Nesting deeper than anyone writes (lists, quotes) is flattened, so parsing stays shallow and fast. */
    static String flatten(String markdown) {
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

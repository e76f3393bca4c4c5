package org.foresite.render;

import org.foresite.text.PlainText;

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
        if (PlainText.isProse(markdown)) {
            // One line of plain prose is one paragraph of its text (MarkdownRendererTest holds this to the parser).
            return new SafeHtml("<p>" + escape(markdown) + "</p>");
        }
        return parsed(markdown);
    }

    /** {@link #render} by parsing, whatever the text. */
    SafeHtml parsed(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        String bounded = PlainText.flatten(markdown);
        try {
            return new SafeHtml(renderer.render(parser.parse(bounded)).strip());
        } catch (StackOverflowError e) {
            // A pathological seed must not stop the build: its text is shown, escaped, without formatting.
            return new SafeHtml("<p>" + escape(bounded).replaceAll("\n{2,}", "</p>\n<p>") + "</p>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

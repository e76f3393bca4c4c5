package org.foresite.parse;

import java.util.List;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Article;

/** An article and what the parser had to say about its seed, in line order. */
public record ParsedArticle(Article article, List<Diagnostic> diagnostics) {
    public ParsedArticle {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }
}

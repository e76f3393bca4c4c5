package org.foresite.parse;

import java.util.List;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Topic;

/** A topic analysis and what the parser had to say about its file, in line order. */
public record ParsedTopic(Topic topic, List<Diagnostic> diagnostics) {
    public ParsedTopic {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }
}

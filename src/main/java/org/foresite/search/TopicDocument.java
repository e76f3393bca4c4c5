package org.foresite.search;

import java.util.ArrayList;
import java.util.List;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Topic;

/**
 * A topic analysis as the search index reads it: its name is the title, its summary the summary, and its tables and
 * other sections the text of the signals field, as an article's are. It has no keywords, themes or date.
 */
final class TopicDocument {
    private TopicDocument() {
    }

    static Article of(Topic t) {
        List<Section> sections = new ArrayList<>();
        if (t.signals() != null) {
            sections.add(new Section("Signals", 0, List.of(new Block.TableBlock(t.signals()))));
        }
        if (t.concerns() != null) {
            sections.add(new Section("Concerns", 0, List.of(new Block.TableBlock(t.concerns()))));
        }
        sections.addAll(t.sections());
        return new Article(t.id(), t.sourceFile(), t.name(), null, "", t.summary(), List.of(), List.of(), List.of(),
                sections, List.of(), List.of());
    }
}

package org.foresite.link;

import java.util.List;
import org.foresite.model.Topic;

/**
 * A topic analysis with its links resolved: each link to an article of the knowledge base is known by that article's
 * id; the others stay links to where they point.
 */
public record LinkedTopic(Topic topic, List<Citation> citations) {
    public LinkedTopic {
        citations = List.copyOf(citations);
    }

    /** The articles of the knowledge base it links to, each once, in the order of its links. */
    public List<String> citedArticles() {
        return citations.stream().map(Citation::articleId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * One link of the topic.
     *
     * @param title     the link text
     * @param url       the link target as written (empty when the entry was not a link)
     * @param articleId the article of the knowledge base it points to, or null
     */
    public record Citation(String title, String url, String articleId) {
    }
}

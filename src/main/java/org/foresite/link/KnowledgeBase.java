package org.foresite.link;

import java.util.List;
import java.util.Map;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Article;
import org.foresite.model.Term;

/**
 * The articles and topic analyses with everything that connects them: merged terms, resolved Closest lists,
 * backlinks and the topics' links to articles.
 *
 * @param articles     every article, newest first
 * @param byId         the same articles by id
 * @param themes       merged themes, A–Z
 * @param keywords     merged keywords, A–Z
 * @param closest      per article id, its Closest entries resolved, self links and duplicates dropped
 * @param referencedBy per article id, the articles whose Closest lists point to it, newest first
 * @param related      per article id without a resolved Closest entry, up to five articles sharing its themes
 *                     and keywords, best first
 * @param issues       the newsletter issues, newest first (undated ones last), each with its articles
 * @param topics       the topic analyses, A–Z by name, their links resolved
 * @param citedBy      per article id, the ids of the topics that link to it, in the order of {@code topics}
 * @param notes        what linking had to say about the seeds (a Closest entry found by its title)
 */
public record KnowledgeBase(
        List<Article> articles,
        Map<String, Article> byId,
        List<Term> themes,
        List<Term> keywords,
        Map<String, List<ClosestLink>> closest,
        Map<String, List<String>> referencedBy,
        Map<String, List<String>> related,
        List<Issue> issues,
        List<LinkedTopic> topics,
        Map<String, List<String>> citedBy,
        List<Diagnostic> notes) {

    public KnowledgeBase {
        articles = List.copyOf(articles);
        byId = Map.copyOf(byId);
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
        closest = Map.copyOf(closest);
        referencedBy = Map.copyOf(referencedBy);
        related = Map.copyOf(related);
        issues = List.copyOf(issues);
        topics = List.copyOf(topics);
        citedBy = Map.copyOf(citedBy);
        notes = List.copyOf(notes);
    }

    public Article article(String id) {
        return byId.get(id);
    }

    public int signalCount() {
        return articles.stream().mapToInt(Article::signalCount).sum();
    }
}

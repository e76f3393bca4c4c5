package org.foresite.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.render.ViewFactory;

/**
 * Which pages of articles and terms can differ from the last build, found without describing every page: a
 * rebuild compares two small snapshots (the last one kept in the build cache), of each article's links (see
 * {@link ViewFactory#articleLinks}) and of each term, and describes and fingerprints only the pages that involve
 * something that changed. Every other page is known to have the inputs it had.
 */
final class Changes {
    /** One build's articles (digest and links, by id) and terms (by page path). */
    record Snapshot(Map<String, String> digests, Map<String, Fingerprint> links, Map<String, Fingerprint> terms,
            Fingerprint themeList, Fingerprint keywordList) {
        static Snapshot of(KnowledgeBase kb, UrlScheme urls, ViewFactory views) {
            Map<String, String> digests = new HashMap<>();
            Map<String, Fingerprint> links = new java.util.concurrent.ConcurrentHashMap<>();
            for (Article a : kb.articles()) {
                digests.put(a.id(), views.digest(a));
            }
            kb.articles().parallelStream().forEach(a -> links.put(a.id(), Fingerprint.of(views.articleLinks(a))));
            Map<String, Fingerprint> terms = new HashMap<>();
            StringBuilder themeList = new StringBuilder();
            for (Term t : kb.themes()) {
                Fingerprint f = Fingerprint.of(t.toString());
                terms.put(urls.theme(t.key()), f);
                themeList.append(f.hex()).append(urls.theme(t.key())).append('\n');
            }
            StringBuilder keywordList = new StringBuilder();
            for (Term t : kb.keywords()) {
                Fingerprint f = Fingerprint.of(t.toString());
                terms.put(urls.keyword(t.key()), f);
                keywordList.append(f.hex()).append(urls.keyword(t.key())).append('\n');
            }
            return new Snapshot(digests, new HashMap<>(links), terms, Fingerprint.of(themeList),
                    Fingerprint.of(keywordList));
        }
    }

    private Changes() {
    }

    /**
     * The pages that may differ from the {@code before} build. The pages of the A–Z indexes show every term
     * (display, page, article count) and nothing else; other pages about no one article or term always may differ.
     */
    static Predicate<PagePlan.Page> affected(Snapshot before, Snapshot now, KnowledgeBase kb) {
        return page -> {
            if (page.subject() instanceof Article a) {
                return linksChanged(before, now, a.id())
                        || anyDigestChanged(before, now, kb.referencedBy().get(a.id()))
                        || anyDigestChanged(before, now, kb.related().getOrDefault(a.id(), List.of()));
            }
            if (page.subject() instanceof PagePlan.TermSubject subject) {
                Term t = subject.term();
                if (!Objects.equals(before.terms().get(subject.firstPage()), now.terms().get(subject.firstPage()))) {
                    return true;
                }
                for (String id : t.articleIds()) {
                    if (linksChanged(before, now, id)) {
                        return true;
                    }
                }
                return false;
            }
            if (page.subject() == TermKind.THEMES) {
                return !before.themeList().equals(now.themeList());
            }
            if (page.subject() == TermKind.KEYWORDS) {
                return !before.keywordList().equals(now.keywordList());
            }
            return true;
        };
    }

    private static boolean linksChanged(Snapshot before, Snapshot now, String id) {
        return !Objects.equals(before.links().get(id), now.links().get(id));
    }

    private static boolean anyDigestChanged(Snapshot before, Snapshot now, List<String> ids) {
        for (String id : ids) {
            if (!Objects.equals(before.digests().get(id), now.digests().get(id))) {
                return true;
            }
        }
        return false;
    }
}

package org.foresite.site;

import java.util.ArrayList;
import java.util.List;
import org.foresite.link.Input;
import org.foresite.link.PageReads;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Term;

/** The Atom feed of each theme, for readers who follow a theme: its newest dated articles. */
final class Feeds {
    static final int THEME_ENTRIES = 20;

    private Feeds() {
    }

    /** The feed of a theme, read through {@code reads} like a page. */
    static byte[] theme(PageReads reads, String key, BuildOptions options) {
        String base = options.baseUrl();
        Term theme = reads.term(TermKind.THEMES, key);
        Input.TermLink link = reads.termLink(TermKind.THEMES, key);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (String id : theme.articleIds()) {
            Article a = reads.article(id);
            if (a.issueDate() != null) {
                entries.add(HostingFiles.entry(a, UrlScheme.absolute(base, reads.articlePath(id))));
                if (entries.size() == THEME_ENTRIES) {
                    break;
                }
            }
        }
        String self = UrlScheme.absolute(base, reads.themeFeed(key));
        return AtomFeed.write(link.display() + " · " + options.siteName(), options.siteName(), self, self,
                UrlScheme.absolute(base, link.path()), entries).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

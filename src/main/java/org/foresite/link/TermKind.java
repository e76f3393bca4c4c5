package org.foresite.link;

import java.util.List;
import org.foresite.model.Term;

/** The two kinds of terms: each has its folder of pages, its A–Z index and its labels. */
public enum TermKind {
    THEMES("themes", "Theme", "Themes"),
    KEYWORDS("keywords", "Keyword", "Keywords");

    private final String folder;
    private final String singular;
    private final String plural;

    TermKind(String folder, String singular, String plural) {
        this.folder = folder;
        this.singular = singular;
        this.plural = plural;
    }

    /** The folder of the kind's pages, without a slash. */
    public String folder() {
        return folder;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    public List<Term> of(KnowledgeBase kb) {
        return this == THEMES ? kb.themes() : kb.keywords();
    }
}

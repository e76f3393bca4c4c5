package org.foresite.site;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.foresite.link.PageReads;
import org.foresite.link.PageSizes;
import org.foresite.link.TermKind;
import org.foresite.model.Article;
import org.foresite.search.SearchIndexBuilder;
import org.foresite.search.SignalIndex;
import org.foresite.search.TermFinder;

/**
 * A group of data files made together from what it reads, like a page: its record of inputs decides, in a rebuild,
 * whether it is made again or its files are kept as they are.
 *
 * @param name  names the group in the build cache
 * @param files makes the files (by site path) from what it reads through the {@link PageReads} it is given
 */
record DataUnit(String name, Function<PageReads, Map<String, byte[]>> files) {
    /** The search index, the signals explorer's data and the term finders. */
    static List<DataUnit> all(SearchIndexBuilder search, PageSizes sizes,
            Function<String, SearchIndexBuilder.Analysis> analysisOfSeed) {
        return List.of(
                new DataUnit("search", r -> search.build(r.articles(), r.terms(TermKind.THEMES),
                        (Article a) -> analysisOfSeed.apply(a.sourceFile()))),
                new DataUnit("signals", r -> SignalIndex.build(r.signals(), sizes.signalsPerPage())),
                new DataUnit("themes finder", r -> TermFinder.build(TermKind.THEMES, r.termList(TermKind.THEMES))),
                new DataUnit("keywords finder", r -> TermFinder.build(TermKind.KEYWORDS, r.termList(TermKind.KEYWORDS))));
    }
}

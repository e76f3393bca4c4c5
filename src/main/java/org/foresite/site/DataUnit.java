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
 * @param name    names the group in the build cache
 * @param files   makes the files (by site path) from what it reads through the {@link PageReads} it is given; or
 * @param streams makes them as bodies streamed to disk, for files too big to hold in memory
 */
record DataUnit(String name, Function<PageReads, Map<String, byte[]>> files,
        Function<PageReads, Map<String, OutputFolder.Body>> streams) {

    /** The search index's group: once it is made, the seeds' analysed text is no longer needed. */
    static final String SEARCH = "search";

    /** A group of files made in memory. */
    static DataUnit inMemory(String name, Function<PageReads, Map<String, byte[]>> files) {
        return new DataUnit(name, files, null);
    }

    /** A group of files too big to hold in memory, streamed to disk. */
    static DataUnit streamed(String name, Function<PageReads, Map<String, OutputFolder.Body>> streams) {
        return new DataUnit(name, null, streams);
    }

    /** The search index, the signals explorer's data, the term finders and the downloads. */
    static List<DataUnit> all(SearchIndexBuilder search, BuildOptions options,
            Function<String, SearchIndexBuilder.Analysis> analysisOfSeed) {
        PageSizes sizes = options.pageSizes();
        return List.of(
                inMemory(SEARCH, r -> search.build(r.articles(),
                        r.topics().stream().map(org.foresite.link.LinkedTopic::topic).toList(),
                        t -> r.topicPath(t.id()), r.terms(TermKind.THEMES),
                        (Article a) -> analysisOfSeed.apply(a.sourceFile()))),
                inMemory("signals", r -> SignalIndex.build(r.signals(), sizes.signalsPerPage())),
                inMemory("themes finder", r -> TermFinder.build(TermKind.THEMES, r.termList(TermKind.THEMES))),
                inMemory("keywords finder", r -> TermFinder.build(TermKind.KEYWORDS, r.termList(TermKind.KEYWORDS))),
                streamed("downloads", r -> Downloads.files(r, options.baseUrl())));
    }
}

package org.foresite.site;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
 * @param files   makes the files from what it reads through the {@link PageReads} it is given, placing each (by site
 *                path) as it is made; or
 * @param streams makes them as bodies streamed to disk, for files too big to hold in memory
 */
record DataUnit(String name, Maker files, Function<PageReads, Map<String, OutputFolder.Body>> streams) {

    /** The search index's group: once it is made, the seeds' analysed text is no longer needed. */
    static final String SEARCH = "search";

    /** Makes a group's files, handing each to {@code place} (site path, bytes) as soon as it is made. */
    interface Maker {
        void make(PageReads reads, BiConsumer<String, byte[]> place);
    }

    /** A group of files each placed as soon as it is made: groups too big to hold whole beside the rest of a build. */
    static DataUnit placed(String name, Maker files) {
        return new DataUnit(name, files, null);
    }

    /** A group of small files made in memory together. */
    static DataUnit inMemory(String name, Function<PageReads, Map<String, byte[]>> files) {
        return placed(name, (reads, place) -> files.apply(reads).forEach(place));
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
                placed(SEARCH, (r, place) -> search.build(r.articles(),
                        r.topics().stream().map(org.foresite.link.LinkedTopic::topic).toList(),
                        t -> r.topicPath(t.id()), r.terms(TermKind.THEMES),
                        (Article a) -> analysisOfSeed.apply(a.sourceFile()), place)),
                placed("signals", (r, place) -> SignalIndex.build(r.signals(), sizes.signalsPerPage(), place)),
                inMemory("themes finder", r -> TermFinder.build(TermKind.THEMES, r.termList(TermKind.THEMES))),
                inMemory("keywords finder", r -> TermFinder.build(TermKind.KEYWORDS, r.termList(TermKind.KEYWORDS))),
                streamed("downloads", r -> Downloads.files(r, options.baseUrl())));
    }
}

package org.foresite.bench;

import java.nio.file.Path;
import org.foresite.KnowledgeBases;
import org.foresite.search.SearchQualityTest;

/** Prints the search quality figures of a built site: {@code SearchQuality SEEDS_DIR SITE_DIR [STRIDE]}. */
public final class SearchQuality {
    private SearchQuality() {
    }

    public static void main(String[] args) {
        Path seeds = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int stride = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.println(SearchQualityTest.measure(site, KnowledgeBases.read(seeds).articles(), stride)
                + (stride > 1 ? " (every " + stride + "th article)" : ""));
    }
}

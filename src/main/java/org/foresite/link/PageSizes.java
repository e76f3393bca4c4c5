package org.foresite.link;

/**
 * How much one page shows, so that no page grows with the knowledge base: lists longer than this are split
 * over several pages. The defaults keep every page well under 150 KB; tests use small sizes to see every paged
 * layout on a small knowledge base.
 *
 * @param articlesPerPage  articles on one page of the article list and of a theme or keyword
 * @param termsPerPage     terms on one page of the A–Z list of themes or keywords
 * @param timelinePerPage  lines on one page of the timeline: one per issue and one per article title
 * @param signalsPerPage   rows on one page of the signals explorer
 */
public record PageSizes(int articlesPerPage, int termsPerPage, int timelinePerPage, int signalsPerPage) {
    public static final PageSizes DEFAULT = new PageSizes(100, 500, 700, 50);

    public PageSizes {
        if (articlesPerPage < 1 || termsPerPage < 1 || timelinePerPage < 2 || signalsPerPage < 1) {
            throw new IllegalArgumentException("page sizes must be positive: " + articlesPerPage + ", "
                    + termsPerPage + ", " + timelinePerPage + ", " + signalsPerPage);
        }
    }

    /** The number of pages {@code items} things take at {@code perPage} a page; an empty list still has one page. */
    public static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }
}

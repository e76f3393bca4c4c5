package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.PageLinkView;
import org.foresite.render.Views.PaginationView;

/** The navigation of a paged list, short at any page count: first, last, and two pages either side of this one. */
final class Pager {
    static final int AROUND = 2;

    private Pager() {
    }

    /** Page {@code page} of {@code count}, seen from {@code from}; {@code pathOf} gives the site path of page n. */
    static PaginationView of(String from, int page, int count, IntFunction<String> pathOf) {
        List<PageLinkView> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n != 1 && n != count && Math.abs(n - page) > AROUND) {
                continue;
            }
            if (n > last + 1) {
                pages.add(new PageLinkView(null, "…", false));
            }
            pages.add(n == page ? new PageLinkView(null, String.valueOf(n), true)
                    : new PageLinkView(UrlScheme.href(from, pathOf.apply(n)), String.valueOf(n), false));
            last = n;
        }
        return new PaginationView(page, count, page > 1 ? UrlScheme.href(from, pathOf.apply(page - 1)) : null,
                page < count ? UrlScheme.href(from, pathOf.apply(page + 1)) : null, pages);
    }
}

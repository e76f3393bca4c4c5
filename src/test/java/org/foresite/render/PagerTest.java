package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.PaginationView;
import org.junit.jupiter.api.Test;

class PagerTest {
    private static List<String> labels(PaginationView view) {
        return view.pages().stream().map(p -> p.current() ? "[" + p.label() + "]" : p.label()).toList();
    }

    @Test
    void theNavigationStaysShortWhateverThePageCount() {
        PaginationView middle = Pager.of("articles/page-150.html", 150, 300, UrlScheme::articleList);
        assertEquals(List.of("1", "…", "148", "149", "[150]", "151", "152", "…", "300"), labels(middle));
        assertEquals("page-149.html", middle.previous());
        assertEquals("page-151.html", middle.next());
        assertEquals("index.html", middle.pages().get(0).href());
        assertNull(middle.pages().get(1).href(), "a gap links nowhere");
    }

    @Test
    void theEndsHaveNoPreviousOrNext() {
        PaginationView first = Pager.of(UrlScheme.ARTICLES, 1, 4, UrlScheme::articleList);
        assertEquals(List.of("[1]", "2", "3", "4"), labels(first));
        assertNull(first.previous());
        PaginationView last = Pager.of("articles/page-4.html", 4, 4, UrlScheme::articleList);
        assertNull(last.next());
        assertEquals(List.of("1", "2", "3", "[4]"), labels(last));
    }
}

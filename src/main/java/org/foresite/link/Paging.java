package org.foresite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Cuts a list of groups (terms by initial, issues by month) into pages of bounded weight. A group that fits on
 * one page is not split when the page it would start on is already at least half full; a bigger group is split,
 * and its parts say that they continue one another.
 */
public final class Paging {
    private Paging() {
    }

    /**
     * Part of a group on one page.
     *
     * @param group      the group
     * @param items      its items on this page
     * @param continued  true when the group began on an earlier page
     */
    public record Slice<G, I>(G group, List<I> items, boolean continued) {
    }

    public static <G, I> List<List<Slice<G, I>>> cut(List<G> groups, Function<G, List<I>> itemsOf,
            ToIntFunction<I> weight, int capacity) {
        List<List<Slice<G, I>>> pages = new ArrayList<>();
        List<Slice<G, I>> page = new ArrayList<>();
        int used = 0;
        for (G group : groups) {
            List<I> items = itemsOf.apply(group);
            int total = items.stream().mapToInt(weight).sum();
            if (!page.isEmpty() && used + total > capacity && total <= capacity && used * 2 >= capacity) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            int from = 0;
            for (int i = 0; i < items.size(); i++) {
                int w = weight.applyAsInt(items.get(i));
                if (used > 0 && used + w > capacity) {
                    if (i > from) {
                        page.add(new Slice<>(group, List.copyOf(items.subList(from, i)), from > 0));
                    }
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    from = i;
                }
                used += w;
            }
            if (from < items.size() || items.isEmpty()) {
                page.add(new Slice<>(group, List.copyOf(items.subList(from, items.size())), from > 0));
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}

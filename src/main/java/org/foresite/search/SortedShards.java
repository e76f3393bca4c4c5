package org.foresite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.ToIntFunction;

/**
 * Lookup tables cut into files: entries sorted by key, a file closed once it holds about {@code target} bytes.
 * The manifest lists where each file starts (the shortest prefix that sorts after the file before), so a client
 * finds the file of any key, and the files of every key beginning with a prefix, by binary search.
 */
final class SortedShards {
    private SortedShards() {
    }

    /** One file: its number and entries. */
    record Shard<V>(int number, Map<String, V> entries) {
    }

    /** The shards of {@code entries}; {@code starts} receives each shard's start, in order. */
    static <V> List<Shard<V>> cut(SortedMap<String, V> entries, ToIntFunction<V> bytes, int target, List<String> starts) {
        List<Shard<V>> shards = new ArrayList<>();
        Map<String, V> current = new LinkedHashMap<>();
        int size = 0;
        String previousLast = null;
        String last = null;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            if (current.isEmpty()) {
                starts.add(previousLast == null ? "" : SearchIndexBuilder.shortestStart(previousLast, e.getKey()));
            }
            current.put(e.getKey(), e.getValue());
            size += e.getKey().length() + bytes.applyAsInt(e.getValue()) + 6;
            last = e.getKey();
            if (size >= target) {
                shards.add(new Shard<>(shards.size(), current));
                current = new LinkedHashMap<>();
                size = 0;
                previousLast = last;
            }
        }
        if (!current.isEmpty()) {
            shards.add(new Shard<>(shards.size(), current));
        }
        return shards;
    }
}
